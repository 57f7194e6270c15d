package org.highroad.platform.process;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.delegate.VariableScope;
import org.operaton.bpm.engine.form.TaskFormData;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.form.handler.TaskFormHandler;
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
 * <p>One exception keeps defaults working: a field named like a variable the process already holds (an id it offers
 * as the default choice, such as an award's recommended bid) updates that variable, as the engine always did.
 */
@Component
class FormAnswers extends AbstractProcessEnginePlugin implements BpmnParseListener {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
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
            task.setTaskFormHandler(new TransientAnswers(task.getTaskFormHandler()));
        }
    }

    /** The task's own form handler for showing the form; a submission becomes answers for this transaction only. */
    static final class TransientAnswers implements TaskFormHandler {

        private final TaskFormHandler form;

        TransientAnswers(TaskFormHandler form) {
            this.form = form;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return form.createTaskForm(task);
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
            ExecutionEntity instance = task.getProcessInstance();
            for (String name : fields.keySet()) {
                if (instance == null || task.hasVariable(name)) {
                    task.setVariable(name, fields.getValueTyped(name));
                } else {
                    instance.setVariableLocal(name, transientCopy(fields.getValueTyped(name)));
                }
            }
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
