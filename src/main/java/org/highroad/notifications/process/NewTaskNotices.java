package org.highroad.notifications.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.highroad.notifications.NoticeKind;
import org.highroad.notifications.Notifications;
import org.highroad.notifications.domain.Mailboxes;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.task.TaskDefinition;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Agency staff hear of their new tasks (issue 13): a listener on the creation of every user task (added when the engine
 * parses a model, so no model needs to name it) tells each member of the task's agency candidate groups (roles other
 * than contractors; a vendor's own group is told by its module's notices) that has an e-mail address. The message
 * names the task as Tasklist shows it (ids and labels, no one's personal data) and links to it in Tasklist. Recorded
 * in the transaction that created the task, once per task and user.
 */
@Component
class NewTaskNotices extends AbstractProcessEnginePlugin implements BpmnParseListener, TaskListener {

    private final ObjectProvider<Notifications> notifications;
    private final ObjectProvider<Mailboxes> mailboxes;

    NewTaskNotices(ObjectProvider<Notifications> notifications, ObjectProvider<Mailboxes> mailboxes) {
        this.notifications = notifications;
        this.mailboxes = mailboxes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(this);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (!task.getTaskListeners().getOrDefault(EVENTNAME_CREATE, List.of()).contains(this)) {
            task.addTaskListener(EVENTNAME_CREATE, this);
        }
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> staff = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null && agency(link.getGroupId())) {
                staff.addAll(mailboxes.getObject().membersOf(link.getGroupId()));
            }
        }
        List<String> withAddress = staff.stream()
                .filter(u -> mailboxes.getObject().of(u).map(m -> m.email() != null).orElse(false)).toList();
        if (!withAddress.isEmpty()) {
            notifications.getObject().notify(NoticeKind.NEW_TASK, "task:" + task.getId(), withAddress,
                    "/operaton/app/tasklist/default/#/?task=" + task.getId(), task.getName());
        }
    }

    private static boolean agency(String groupId) {
        return Role.ofGroup(groupId).filter(r -> r != Role.CONTRACTOR).isPresent();
    }
}
