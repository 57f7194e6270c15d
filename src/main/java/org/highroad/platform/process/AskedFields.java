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

    private final Map<String, Set<String>> byFormDefinition = new ConcurrentHashMap<>();

    /** Called inside the engine command that submits the form: the deployment's form is read without authorization. */
    Set<String> of(TaskFormData form) {
        OperatonFormRef ref = form.getOperatonFormRef();
        if (ref == null || ref.getKey() == null) {
            return Set.of();
        }
        CommandContext context = Context.getCommandContext();
        OperatonFormDefinition definition = context.runWithoutAuthorization(
                new GetOperatonFormDefinitionCmd(ref, form.getDeploymentId()));
        if (definition == null) {
            throw new NotFoundException("the form " + ref.getKey() + " of this task is not deployed");
        }
        Set<String> asked = byFormDefinition.get(definition.getId());
        if (asked == null) {
            asked = read(context.runWithoutAuthorization(
                    new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName())));
            byFormDefinition.put(definition.getId(), asked);
        }
        return asked;
    }

    private static Set<String> read(InputStream resource) {
        try (InputStream in = resource) {
            Set<String> asked = new HashSet<>();
            collect(JSON.readTree(in).path("components"), asked);
            return Set.copyOf(asked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, Set<String> asked) {
        for (JsonNode component : components) {
            boolean shownOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
            if (component.hasNonNull("key") && !shownOnly) {
                asked.add(component.path("key").asText());
            }
            if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
                // a dynamic list submits its rows as one list under its path; its fields are keys within each row
                if (!shownOnly) {
                    asked.add(component.path("path").asText());
                }
                continue;
            }
            collect(component.path("components"), asked);
        }
    }
}
