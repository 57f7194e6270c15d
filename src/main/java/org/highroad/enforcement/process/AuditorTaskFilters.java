package org.highroad.enforcement.process;

import java.util.List;
import java.util.Map;
import org.highroad.platform.process.RoleTaskFilters;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters for the enforcement queue, created once at start-up if missing (by name): the
 * auditors' findings to review, corrections to verify and escalation decisions, oldest first, and the administrators'
 * debarment referrals. Each is readable by its role's group only ({@link RoleTaskFilters}); a filter shows a user only
 * the tasks the engine lets them see.
 */
@Component
class AuditorTaskFilters {

    /** Filter names, in the order Tasklist lists them (priority). */
    static final String FINDINGS = "Auditor: findings to review";
    static final String CORRECTIONS = "Auditor: corrections to verify";
    static final String ESCALATIONS = "Auditor: escalation decisions";
    static final String REFERRALS = "Admin: debarment referrals";

    private final RoleTaskFilters filters;
    private final TaskService tasks;

    AuditorTaskFilters(RoleTaskFilters filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createMissing() {
        create(FINDINGS, 10, Role.AUDITOR, List.of(ComplianceCaseProcess.TASK_REVIEW_ROUND, ComplianceCaseProcess.PREVIOUS_TASK_REVIEW_FINDING),
                "Each review round of a compliance case: its findings, by worker and by kind, on the case page");
        create(CORRECTIONS, 11, Role.AUDITOR, List.of(ComplianceCaseProcess.TASK_VERIFY),
                "Contractors' responses to notices of non-compliance, to verify");
        create(ESCALATIONS, 12, Role.AUDITOR, List.of(ComplianceCaseProcess.TASK_APPROVE_ESCALATION),
                "Uncured cases: apply or hold the escalation ladder's next step");
        create(REFERRALS, 13, Role.ADMIN, List.of(ComplianceCaseProcess.TASK_APPROVE_DEBARMENT),
                "Debarment referrals applied by an auditor, to approve or reject");
    }

    /**
     * Creates the filter if missing, and brings the findings filter up to date: it listed one task per finding before
     * review rounds had one task each (ADR 0021); it lists both while instances of the previous model run.
     */
    private void create(String name, int priority, Role role, List<String> taskKeys, String description) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).taskCandidateGroup(role.groupId()).includeAssignedTasks()
                .orderByTaskCreateTime().asc();
        filters.ensure(name, role, query, Map.of("priority", priority, "description", description, "refresh", true,
                "variables", List.of(Map.of("name", ComplianceCaseProcess.VAR_CASE_ID, "label", "Case"))),
                taskKeys.size() > 1);
    }
}
