package org.highroad.platform.process;

import java.util.Map;
import java.util.Optional;

/**
 * Values a task's form shows that the process does not hold: computed by the task's module each time the form is read
 * ({@code GET /task/{id}/form-variables}, which only the task's people may read), never stored by the engine, in its
 * runtime tables or its history (ADR 0008: process variables hold ids, routing flags and labels). A module shows
 * business text this way, such as a worker's priced claim beside the certified payroll's rows, where a variable would
 * keep personal data in the engine for the history's time to live. The form shows them in a text component
 * ({@code "text": "=name"}), a table ({@code "dataSource": "=name"}) or as a select's choices ({@code "valuesKey"}),
 * never in a keyed field that is submitted, so they are never answers.
 *
 * <p>A value is text (Markdown where the form renders it as such), or a list or map of texts and numbers, which the
 * engine hands to Tasklist as JSON (ADR 0027): a table's rows, a select's {@code {label, value}} choices. Money and
 * dates are written by the module, as people read them ({@code $1,234.56}, {@code Dec 2, 2026}).
 */
public interface TaskFormValues {

    /** The process whose tasks this shows values for. */
    String processDefinitionKey();

    /**
     * The values for a task of that process, by name: text (Markdown where the form renders it as such).
     *
     * @param taskDefinitionKey the task's id in the model
     * @param businessKey       the process instance's business key
     */
    default Map<String, String> valuesFor(String taskDefinitionKey, String businessKey) {
        return Map.of();
    }

    /**
     * The values for a task of that process, by name: text, or lists and maps of texts and numbers (JSON for the form).
     * By default the text values of {@link #valuesFor(String, String)}.
     *
     * @param taskDefinitionKey the task's id in the model
     * @param businessKey       the process instance's business key
     * @param variables         the process's variables as the task sees them (ids and routing flags)
     */
    default Map<String, Object> valuesFor(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        return Map.copyOf(valuesFor(taskDefinitionKey, businessKey));
    }

    /**
     * The task's name as people read it in Tasklist's list, set when the task is created: what it is about, with the
     * contractor and the amount at stake (a label, like the company names ADR 0008 keeps). Empty keeps the model's name.
     *
     * @param taskDefinitionKey the task's id in the model
     * @param businessKey       the process instance's business key
     * @param variables         the process's variables as the task sees them (ids and routing flags)
     */
    default Optional<String> taskName(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        return Optional.empty();
    }
}
