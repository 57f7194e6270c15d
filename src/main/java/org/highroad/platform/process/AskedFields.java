package org.highroad.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.form.OperatonFormRef;
import org.operaton.bpm.engine.form.TaskFormData;
import org.operaton.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.operaton.bpm.engine.impl.cmd.GetOperatonFormDefinitionCmd;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.repository.OperatonFormDefinition;

/**
 * The fields a task's deployed form asks a person to fill in: the keys of its keyed components that are neither
 * disabled nor read-only (those only show a value), and the path of each dynamic list, whose rows are submitted as one
 * list (the fields in a row are keys within the row, not answers of their own). Tasklist's forms (form-js) submit exactly the keyed fields that are
 * not disabled, so a submission from Tasklist never carries anything else. A task without a deployed form
 * ({@code camunda:formRef}) asks for nothing. A deployed form never changes, so each is read once.
 */
final class AskedFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Fields> byFormDefinition = new ConcurrentHashMap<>();

    /**
     * The fields a form asks for, and the longest text each may hold: a text field's {@code validate.maxLength}, which
     * form-js enforces in the browser only. A dynamic list's bounds are those of the fields within each of its rows.
     */
    record Fields(Set<String> asked, Map<String, Integer> longest, Map<String, Map<String, Integer>> longestInRows) {
        static final Fields NONE = new Fields(Set.of(), Map.of(), Map.of());
    }

    /** Called inside the engine command that submits the form: the deployment's form is read without authorization. */
    Set<String> of(TaskFormData form) {
        return fieldsOf(form).asked();
    }

    /** The fields of the task's deployed form with their bounds; nothing for a task without a deployed form. */
    Fields fieldsOf(TaskFormData form) {
        OperatonFormRef ref = form.getOperatonFormRef();
        if (ref == null || ref.getKey() == null) {
            return Fields.NONE;
        }
        CommandContext context = Context.getCommandContext();
        OperatonFormDefinition definition = context.runWithoutAuthorization(
                new GetOperatonFormDefinitionCmd(ref, form.getDeploymentId()));
        if (definition == null) {
            throw new NotFoundException("the form " + ref.getKey() + " of this task is not deployed");
        }
        Fields asked = byFormDefinition.get(definition.getId());
        if (asked == null) {
            asked = read(context.runWithoutAuthorization(
                    new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName())));
            byFormDefinition.put(definition.getId(), asked);
        }
        return asked;
    }

    private static Fields read(InputStream resource) {
        try (InputStream in = resource) {
            Set<String> asked = new HashSet<>();
            Map<String, Integer> longest = new java.util.HashMap<>();
            Map<String, Map<String, Integer>> longestInRows = new java.util.HashMap<>();
            collect(JSON.readTree(in).path("components"), asked, longest, longestInRows);
            return new Fields(Set.copyOf(asked), Map.copyOf(longest), Map.copyOf(longestInRows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, Set<String> asked, Map<String, Integer> longest,
            Map<String, Map<String, Integer>> longestInRows) {
        for (JsonNode component : components) {
            boolean shownOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
            if (component.hasNonNull("key") && !shownOnly) {
                asked.add(component.path("key").asText());
                if (component.path("validate").path("maxLength").isInt()) {
                    longest.put(component.path("key").asText(), component.path("validate").path("maxLength").asInt());
                }
            }
            if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
                // a dynamic list submits its rows as one list under its path; its fields are keys within each row
                if (!shownOnly) {
                    asked.add(component.path("path").asText());
                    Map<String, Integer> inRow = new java.util.HashMap<>();
                    collect(component.path("components"), new HashSet<>(), inRow, new java.util.HashMap<>());
                    longestInRows.put(component.path("path").asText(), Map.copyOf(inRow));
                }
                continue;
            }
            collect(component.path("components"), asked, longest, longestInRows);
        }
    }
}
