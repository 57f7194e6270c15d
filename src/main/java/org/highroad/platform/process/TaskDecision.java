package org.highroad.platform.process;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * A person's decision on a user task, as the service task right after it sees it: who decided, with which roles, and
 * how a refusal sends the task back. Every "record the decision" delegate reads it in one line:
 *
 * <pre>
 * TaskDecision decision = TaskDecision.of(execution, VAR_REFUSAL, "AWARD_REFUSED");
 * decision.refuseIf(awards.awardRefusal(id, bidId, reason, decision.by(Role.PROCUREMENT_OFFICER)));
 * awards.award(id, bidId, decision.userId(), reason);
 * </pre>
 *
 * <p>Who decided is the engine's current authentication, which Tasklist and {@link TaskCompletion} both set to the
 * user completing the task and their groups, in the transaction that runs this step (the step after a user task has
 * no asynchronous continuation before it: {@code ProcessModelTest}); the groups are Highroad's {@link Role}s. A
 * refusal is the module's answer to "may this be recorded?", asked before recording so that no exception escapes a
 * transactional module method: it is written to the variable the task's form shows, and the {@link BpmnError} with the
 * process's error code takes the flow back to the task.
 */
public final class TaskDecision {

    private final DelegateExecution execution;
    private final String refusalVariable;
    private final String refusedError;
    private final HighroadUser user;

    private TaskDecision(DelegateExecution execution, String refusalVariable, String refusedError, HighroadUser user) {
        this.execution = execution;
        this.refusalVariable = refusalVariable;
        this.refusedError = refusedError;
        this.user = user;
    }

    /**
     * The decision just completed in this execution; a refusal goes to {@code refusalVariable} and raises
     * {@code refusedError}, the error the model's boundary event catches to send the task back.
     */
    public static TaskDecision of(DelegateExecution execution, String refusalVariable, String refusedError) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return new TaskDecision(execution, refusalVariable, refusedError, userOf(current));
    }

    /** Who decided, with their groups as roles; {@code null} when no user is authenticated (a job, a timer). */
    public HighroadUser user() {
        return user;
    }

    /** The id of who decided, or {@code null} when no user is authenticated. */
    public String userId() {
        return user == null ? null : user.userId();
    }

    /** Whether who decided has this role (is in its engine group). */
    public boolean by(Role role) {
        return user != null && user.has(role);
    }

    /** Sends the task back with the refusal, when there is one (its text is what the form shows). */
    public void refuseIf(Optional<?> refusal) {
        if (refusal.isPresent()) {
            refuse(String.valueOf(refusal.get()));
        }
    }

    /**
     * Sends the task back with this reason, kept with who tried ({@link #refusedBy}): the form shows the refusal only
     * to that user ({@link FormAnswers}), never to the task's next reader as "your last attempt was refused".
     */
    public void refuse(String reason) {
        execution.setVariable(refusalVariable, reason);
        execution.setVariable(refusedBy(refusalVariable), userId());
        throw new BpmnError(refusedError, reason);
    }

    /** Recorded: the task's form shows no refusal the next time it comes round. */
    public void clearRefusal() {
        execution.setVariable(refusalVariable, null);
        if (execution.hasVariable(refusedBy(refusalVariable))) {
            execution.removeVariable(refusedBy(refusalVariable)); // kept only while a refusal is
        }
    }

    /** The variable holding the id of the user whose attempt was refused ({@code refusalBy}): an id, as ADR 0008 allows. */
    public static String refusedBy(String refusalVariable) {
        return refusalVariable + "By";
    }

    private static HighroadUser userOf(Authentication current) {
        if (current == null || current.getUserId() == null) {
            return null;
        }
        List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> Role.ofGroup(group).ifPresent(roles::add));
        return new HighroadUser(current.getUserId(), roles, null);
    }
}
