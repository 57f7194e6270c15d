package org.highroad.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.highroad.platform.validation.Violation;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.delegate.VariableScope;
import org.operaton.bpm.engine.form.FormField;
import org.operaton.bpm.engine.form.FormProperty;
import org.operaton.bpm.engine.form.OperatonFormRef;
import org.operaton.bpm.engine.form.TaskFormData;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.form.FormFieldImpl;
import org.operaton.bpm.engine.impl.form.handler.TaskFormHandler;
import org.operaton.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.operaton.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.task.TaskDefinition;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a person enters in a task's form is that task's answer, not process state (ADR 0008). Every user task of every
 * model submits through {@link TransientAnswers}: the fields Tasklist sends ({@code submit-form}) and the fields the
 * API sends ({@link TaskCompletion}, through the same form service) become transient variables of the process
 * instance, which live for the transaction that completes the task. The step after the task reads them there and
 * saves them through its module, whose tables and access rules keep them; the engine writes none of them, neither to
 * its runtime tables nor to its history. So each task's form starts with empty decision fields, and what one role
 * writes never fills in another role's form.
 *
 * <p>Only the fields the task's deployed form asks for are answers ({@link AskedFields}: its keyed components that are
 * neither disabled nor read-only, which is what Tasklist submits); a submission with any other field, such as an id
 * the form only shows or a name the form does not have, is refused whole (400 in the engine's REST API) and changes
 * nothing. One exception keeps defaults working: a field the form asks for that is named like a variable the process
 * already holds (an id it offers as the default choice, such as an award's recommended bid) updates that variable, as
 * the engine always did. Nothing else a person does reaches the process's variables: the engine grants a task's people
 * {@code TASK_WORK} (application.yaml; {@link TaskAuthorizations} for tasks of earlier versions), which does not let
 * them set variables, and {@link TaskWorkThroughForms} refuses them every other way in to a task.
 */
@Component
class FormAnswers extends AbstractProcessEnginePlugin implements BpmnParseListener {

    private final AskedFields asked = new AskedFields();
    private final ObjectProvider<TaskFormValues> shown;

    /** @param shown the modules' values for their tasks' forms, looked up when a form is read (ADR 0008) */
    FormAnswers(ObjectProvider<TaskFormValues> shown) {
        this.shown = shown;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new TaskWorkThroughForms(configuration));
        configuration.setFormService(new TaskFormSubmissions(configuration));
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(this);
    }

    /** Runs whenever the engine parses a model (deployment, or a cold deployment cache), so no task escapes it. */
    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (!(task.getTaskFormHandler() instanceof TransientAnswers)) {
            task.setTaskFormHandler(new TransientAnswers(task.getTaskFormHandler(), asked, shown));
            task.addTaskListener(TaskListener.EVENTNAME_CREATE, new NamedByModule(shown));
        }
    }

    /**
     * Names a new task as its module reads it ({@link TaskFormValues#taskName}): the contractor and the amount at stake,
     * instead of the model's name with ids. Set once, when the task is created, in the transaction that creates it.
     */
    record NamedByModule(ObjectProvider<TaskFormValues> shown) implements TaskListener {

        /** The engine's column for a task's name holds 255 characters. */
        static final int LONGEST = 255;

        @Override
        public void notify(DelegateTask task) {
            if (shown == null || task.getExecution() == null) {
                return;
            }
            String process = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
            String businessKey = task.getExecution().getProcessBusinessKey();
            Map<String, Object> variables = task.getExecution().getVariables();
            shown.orderedStream().filter(v -> v.processDefinitionKey().equals(process))
                    .map(v -> named(v, task, businessKey, variables))
                    .flatMap(java.util.Optional::stream).findFirst()
                    .ifPresent(name -> task.setName(name.length() <= LONGEST ? name : name.substring(0, LONGEST - 1) + "…"));
        }

        /**
         * A name is a courtesy: a task whose module cannot name it (a business key that is no record's id, a record not
         * found) keeps its model's name, and is still created.
         */
        private static java.util.Optional<String> named(TaskFormValues values, DelegateTask task, String businessKey,
                Map<String, Object> variables) {
            try {
                return values.taskName(task.getTaskDefinitionKey(), businessKey, variables);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(NamedByModule.class).warn(
                        "Task {} keeps its model's name: {}", task.getTaskDefinitionKey(), e.getClass().getSimpleName());
                return java.util.Optional.empty();
            }
        }
    }

    /** The task's own form handler for showing the form; a submission becomes answers for this transaction only. */
    static final class TransientAnswers implements TaskFormHandler {

        private final TaskFormHandler form;
        private final AskedFields asked;
        private final ObjectProvider<TaskFormValues> shown;

        TransientAnswers(TaskFormHandler form, AskedFields asked, ObjectProvider<TaskFormValues> shown) {
            this.form = form;
            this.asked = asked;
            this.shown = shown;
        }

        /**
         * The task's own form, with the values its module shows in it ({@link TaskFormValues}) as form fields: the
         * engine's form variables include a form's fields, so the form reads them, and nothing stores them.
         */
        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData data = form.createTaskForm(task);
            ExecutionEntity execution = task.getExecution();
            if (shown == null || execution == null || execution.getProcessDefinition() == null) {
                return data;
            }
            String process = execution.getProcessDefinition().getKey();
            List<FormField> extra = new ArrayList<>();
            Map<String, Object> variables = execution.getVariables();
            shown.orderedStream().filter(v -> v.processDefinitionKey().equals(process))
                    .forEach(v -> v.valuesFor(task.getTaskDefinitionKey(), execution.getProcessBusinessKey(), variables)
                            .forEach((name, value) -> extra.add(field(name, value))));
            if (refusedSomeoneElse(variables, execution)) {
                extra.add(field(REFUSAL, "")); // shadows the process's variable: the form shows no refusal
            }
            return extra.isEmpty() ? data : new Shown(data, extra);
        }

        /** The variable a refused decision writes its reason to ({@link TaskDecision#refuse}), in every process. */
        static final String REFUSAL = "refusal";

        /**
         * Whether the task's refusal is another user's: a refused attempt is told to the user who tried, not to the
         * task's next reader (a rightful user would read someone else's refusal as "your last attempt was refused").
         * A refusal without who tried (recorded before it was kept), or read with no user signed in, is shown to no one.
         */
        private static boolean refusedSomeoneElse(Map<String, Object> variables, ExecutionEntity execution) {
            if (!(variables.get(REFUSAL) instanceof String text) || text.isEmpty()) {
                return false;
            }
            org.operaton.bpm.engine.impl.identity.Authentication reader =
                    execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            Object by = variables.get(TaskDecision.refusedBy(REFUSAL));
            return reader == null || reader.getUserId() == null || by == null || !by.equals(reader.getUserId());
        }

        private static final ObjectMapper JSON = new ObjectMapper();

        /**
         * A shown value as a form field: text as a string; a list or map as a serialized JSON object, which Tasklist
         * parses before giving it to the form (a table's rows, a select's choices). Neither is stored anywhere.
         */
        static FormField field(String name, Object value) {
            FormFieldImpl field = new FormFieldImpl();
            field.setId(name);
            field.setLabel(name);
            if (value instanceof String text) {
                field.setValue(Variables.stringValue(text, true));
            } else {
                try {
                    field.setValue(new ShownJson(value, JSON.writeValueAsString(value)));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("the form value " + name + " cannot be written as JSON", e);
                }
            }
            field.setProperties(Map.of());
            field.setValidationConstraints(List.of());
            return field;
        }

        @Override
        public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
                BpmnParse parse) {
            form.parseConfiguration(element, deployment, definition, parse);
        }

        /**
         * Unlike the engine's handler, records no form-field history and stores no variable. The answers are set on
         * the process instance, which outlives the task's own scope within the transaction, so the next step reads
         * them whatever the task's scope was.
         */
        @Override
        public void submitFormVariables(VariableMap fields, VariableScope scope) {
            TaskEntity task = (TaskEntity) scope;
            AskedFields.Fields declared = asked.fieldsOf(form.createTaskForm(task));
            Set<String> answers = declared.asked();
            List<String> notAsked = fields.keySet().stream().filter(name -> !answers.contains(name)).sorted().toList();
            if (!notAsked.isEmpty()) {
                throw new FormFieldValidationException(notAsked, "the form of this task does not ask for "
                        + String.join(", ", notAsked) + "; it asks for " + answers.stream().sorted().toList());
            }
            List<Violation> tooLong = tooLong(fields, declared);
            if (!tooLong.isEmpty()) {
                throw new FormFieldValidationException(tooLong, String.join("; ",
                        tooLong.stream().map(v -> v.field() + ": " + v.reason()).toList()));
            }
            ExecutionEntity instance = task.getProcessInstance();
            for (String name : fields.keySet()) {
                if (instance == null || task.hasVariable(name)) {
                    task.setVariable(name, fields.getValueTyped(name));
                } else {
                    instance.setVariableLocal(name, transientCopy(asJsonText(fields.getValueTyped(name))));
                }
            }
        }

        /**
         * Every text answer longer than its form allows ({@code validate.maxLength}, the same bound as the module's API
         * and its column): the browser enforces it, but a request sent straight to {@code submit-form} is checked here,
         * before anything is recorded, so the task stays open and the answer names the field and the bound, never a
         * database statement. A dynamic list's rows are checked field by field (as {@code ratings[0].justification}).
         */
        static List<Violation> tooLong(VariableMap fields, AskedFields.Fields form) {
            List<Violation> wrong = new ArrayList<>();
            for (String name : fields.keySet().stream().sorted().toList()) {
                Object value = asJsonText(fields.getValueTyped(name)) == null ? null
                        : asJsonText(fields.getValueTyped(name)).getValue();
                Integer longest = form.longest().get(name);
                if (longest != null && value instanceof String text && text.length() > longest) {
                    wrong.add(new Violation(name, "must be at most " + longest + " characters, not " + text.length()));
                }
                Map<String, Integer> inRow = form.longestInRows().get(name);
                if (inRow != null && !inRow.isEmpty() && value != null) {
                    rowsTooLong(name, value, inRow, wrong);
                }
            }
            return wrong;
        }

        private static void rowsTooLong(String list, Object value, Map<String, Integer> inRow, List<Violation> wrong) {
            com.fasterxml.jackson.databind.JsonNode rows;
            try {
                rows = value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return; // not a list of rows: the step after the task says so
            }
            if (rows == null || !rows.isArray()) {
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                for (Map.Entry<String, Integer> bound : inRow.entrySet()) {
                    com.fasterxml.jackson.databind.JsonNode cell = rows.get(i).path(bound.getKey());
                    if (cell.isTextual() && cell.asText().length() > bound.getValue()) {
                        wrong.add(new Violation(list + "[" + i + "]." + bound.getKey(), "must be at most "
                                + bound.getValue() + " characters, not " + cell.asText().length()));
                    }
                }
            }
        }

        /**
         * A list or map shown by a form, as the engine's REST API hands it out: serialized as JSON
         * ({@code application/json}), which Tasklist parses ({@code deserializeValues=false}: the REST API sends the
         * serialized text of a value not marked deserialized). Read through the Java API, its value is the list or map
         * itself. Transient: never stored.
         */
        static final class ShownJson extends org.operaton.bpm.engine.variable.impl.value.ObjectValueImpl {

            private final transient Object shown;

            ShownJson(Object shown, String json) {
                super(null, json, Variables.SerializationDataFormats.JSON.getName(),
                        shown instanceof Map ? "java.util.LinkedHashMap" : "java.util.ArrayList", false);
                this.shown = shown;
                setTransient(true);
            }

            @Override
            public Object getValue() {
                return shown;
            }

            @Override
            public <T> T getValue(Class<T> type) {
                return type.cast(shown);
            }
        }

        /** A task's form data with the values shown beside its fields. */
        private record Shown(TaskFormData data, List<FormField> extra) implements TaskFormData {
            @Override
            public Task getTask() { return data.getTask(); }
            @Override
            public String getFormKey() { return data.getFormKey(); }
            @Override
            public OperatonFormRef getOperatonFormRef() { return data.getOperatonFormRef(); }
            @Override
            public String getDeploymentId() { return data.getDeploymentId(); }
            @Override
            public List<FormProperty> getFormProperties() { return data.getFormProperties(); }
            @Override
            public List<FormField> getFormFields() {
                List<FormField> all = new ArrayList<>(data.getFormFields() == null ? List.of() : data.getFormFields());
                all.addAll(extra);
                return all;
            }
        }

        /**
         * A list a form submits (a dynamic list's rows), as its JSON text. Tasklist sends an object value under the
         * type and serialization the form variable of that name had, so the rows of a list shown as JSON
         * ({@link ShownJson}) come back as a serialized {@code application/json} object, which this engine (no Spin)
         * has no serializer for, not even for a transient variable; the step after the task parses the text.
         */
        static TypedValue asJsonText(TypedValue value) {
            if (value instanceof org.operaton.bpm.engine.variable.value.SerializableValue serialized
                    && !serialized.isDeserialized()
                    && Variables.SerializationDataFormats.JSON.getName().equals(serialized.getSerializationDataFormat())) {
                return Variables.stringValue(serialized.getValueSerialized());
            }
            return value;
        }

        /** The same value, marked transient: an untyped one (Tasklist sends most fields untyped) keeps no type either. */
        private static TypedValue transientCopy(TypedValue value) {
            if (value == null || value.getValue() == null) {
                return Variables.untypedNullValue(true);
            }
            return value.getType() == null ? Variables.untypedValue(value.getValue(), true) : Variables.untypedValue(value, true);
        }
    }
}
