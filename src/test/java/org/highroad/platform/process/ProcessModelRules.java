package org.highroad.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;

/**
 * The conventions every Highroad model keeps (architecture guide, "BPMN and Java"), as a checker that lists each
 * breach: a history time to live on every process; service tasks bound by {@code #{bean}} to a bean that exists;
 * user-task forms referenced by id, bound to the deployment, and present under {@code forms/}.
 */
final class ProcessModelRules {

    private ProcessModelRules() {
    }

    static List<String> check(String file, BpmnModelInstance model, Predicate<String> beanExists, Set<String> formIds) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getOperatonHistoryTimeToLiveString() == null) {
                problems.add(file + ": process " + process.getId() + " has no history time to live");
            }
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
            String formRef = task.getOperatonFormRef();
            if (formRef == null) {
                continue;
            }
            if (!formIds.contains(formRef)) {
                problems.add(file + ": " + task.getId() + " references form " + formRef + ", which is not in forms/");
            }
            if (!"deployment".equals(task.getOperatonFormRefBinding())) {
                problems.add(file + ": " + task.getId() + " must bind its form with camunda:formRefBinding=\"deployment\"");
            }
        }
        return problems;
    }
}
