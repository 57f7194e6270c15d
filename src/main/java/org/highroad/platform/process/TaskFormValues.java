package org.highroad.platform.process;

import java.util.Map;

/**
 * Values a task's form shows that the process does not hold: computed by the task's module each time the form is read
 * ({@code GET /task/{id}/form-variables}, which only the task's people may read), never stored by the engine, in its
 * runtime tables or its history (ADR 0008: process variables hold ids, routing flags and labels). A module shows
 * business text this way, such as a worker's priced claim beside the certified payroll's rows, where a variable would
 * keep personal data in the engine for the history's time to live. The form shows them in a text component
 * ({@code "text": "=name"}), never in a keyed field, so they are never answers.
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
    Map<String, String> valuesFor(String taskDefinitionKey, String businessKey);
}
