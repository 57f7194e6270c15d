package org.highroad.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonFormData;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonFormProperty;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * The conventions every Highroad model keeps (architecture guide, "BPMN and Java"), as a checker that lists each
 * breach: a history time to live on every process; service tasks bound by {@code #{bean}} to a bean that exists;
 * user-task forms referenced by id, bound to the deployment, and present under {@code forms/}. And, because a form's
 * fields are answers for the transaction that completes its task (ADR 0008): no form generated from the model (its
 * fields would bypass that), the step after a task with a form in that same transaction, and no key that one task's
 * form asks for shown by another task's form of the process, so one task's answer can never fill another's form.
 */
final class ProcessModelRules {

    /** A form's keyed fields: those the user fills in, and those it only shows (disabled or read-only). */
    record FormFields(Set<String> asks, Set<String> shows) {
    }

    private ProcessModelRules() {
    }

    static List<String> check(String file, BpmnModelInstance model, Predicate<String> beanExists,
            Map<String, FormFields> forms) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getOperatonHistoryTimeToLiveString() == null) {
                problems.add(file + ": process " + process.getId() + " has no history time to live");
            }
            problems.addAll(answersShownElsewhere(file, process, forms));
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String expression = task.getOperatonDelegateExpression();
            if (expression == null || !expression.matches("#\\{\\w+}")) {
                problems.add(file + ": " + task.getId() + " must bind a bean with camunda:delegateExpression=\"#{bean}\"");
            } else if (!beanExists.test(expression.substring(2, expression.length() - 1))) {
                problems.add(file + ": " + task.getId() + " names bean " + expression + ", which does not exist");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ExtensionElements extensions = task.getExtensionElements();
            if (extensions != null && (extensions.getElementsQuery().filterByType(OperatonFormData.class).count() > 0
                    || extensions.getElementsQuery().filterByType(OperatonFormProperty.class).count() > 0)) {
                problems.add(file + ": " + task.getId() + " declares generated form fields; reference a form with camunda:formRef");
            }
            String formRef = task.getOperatonFormRef();
            if (formRef == null) {
                continue;
            }
            if (!forms.containsKey(formRef)) {
                problems.add(file + ": " + task.getId() + " references form " + formRef + ", which is not in forms/");
            }
            if (!"deployment".equals(task.getOperatonFormRefBinding())) {
                problems.add(file + ": " + task.getId() + " must bind its form with camunda:formRefBinding=\"deployment\"");
            }
            problems.addAll(answersLost(file, task));
        }
        return problems;
    }

    /** The answers live for the transaction that completes the task: the step that records them must run in it. */
    private static List<String> answersLost(String file, UserTask task) {
        List<String> problems = new ArrayList<>();
        if (task.isOperatonAsyncAfter()) {
            problems.add(file + ": " + task.getId() + " is asyncAfter, so the step after it never sees the form's answers");
        }
        for (SequenceFlow flow : task.getModelInstance().getModelElementsByType(SequenceFlow.class)) {
            if (!task.equals(flow.getSource())) {
                continue;
            }
            FlowNode next = flow.getTarget();
            if (next.isOperatonAsyncBefore()) {
                problems.add(file + ": " + next.getId() + " after " + task.getId()
                        + " is asyncBefore, so it never sees the form's answers");
            }
        }
        return problems;
    }

    private static List<String> answersShownElsewhere(String file, Process process, Map<String, FormFields> forms) {
        List<String> problems = new ArrayList<>();
        List<UserTask> all = process.getModelInstance().getModelElementsByType(UserTask.class).stream()
                .filter(t -> process.equals(owningProcess(t))).toList();
        for (UserTask asking : all) {
            FormFields asked = forms.get(asking.getOperatonFormRef());
            if (asked == null) {
                continue;
            }
            for (UserTask showing : all) {
                FormFields shown = forms.get(showing.getOperatonFormRef());
                if (showing == asking || shown == null) {
                    continue;
                }
                Set<String> both = new TreeSet<>(asked.asks());
                both.retainAll(shown.shows());
                if (!both.isEmpty()) {
                    problems.add(file + ": " + showing.getId() + " shows " + both + ", which " + asking.getId()
                            + " asks for; one task's answers never fill in another task's form");
                }
            }
        }
        return problems;
    }

    private static Process owningProcess(UserTask task) {
        ModelElementInstance parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }
}
