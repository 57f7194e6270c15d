package org.highroad.complaints.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.highroad.complaints.ComplaintReceived;
import org.highroad.complaints.Refusal;
import org.highroad.complaints.SiteVisit;
import org.highroad.complaints.Triage;
import org.highroad.complaints.WorkerComplaints;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.process.ProcessStarts;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter between the complaints module and {@code bpmn/complaints/worker-complaint.bpmn}: ids, variable names, the
 * start (one instance per complaint, business key the complaint's id, in the intake transaction) and the auditor's
 * two decisions made through the API rather than Tasklist. Variables carry the complaint's id, its receipt number
 * (the task's label) and routing flags. What the worker wrote, the triage and the site visit are the complaints
 * module's records, behind its access rules: the tasks' fields are answers the delegates hand to it in the
 * transaction that completes the task, never process variables (ADR 0008).
 */
@Component
public class WorkerComplaintProcess {

    public static final String PROCESS_ID = "workerComplaint";
    public static final String EVENT_RECEIVED = "startEvent_complaintReceived";
    public static final String TASK_TRIAGE = "userTask_triageComplaint";
    public static final String TASK_RECORD_TRIAGE = "serviceTask_recordTriage";
    public static final String EVENT_TRIAGE_REFUSED = "boundaryEvent_triageRefused";
    public static final String TASK_COMPARE = "serviceTask_compareWithPayroll";
    public static final String TASK_SITE_VISIT = "userTask_siteVisit";
    public static final String TASK_RECORD_VISIT = "serviceTask_recordSiteVisit";
    public static final String EVENT_VISIT_REFUSED = "boundaryEvent_visitRefused";
    public static final String GATEWAY_VIOLATION = "gateway_violationFound";
    public static final String END_VIOLATION = "endEvent_violationRecorded";
    public static final String END_VISITED = "endEvent_siteVisited";
    public static final String FORM_TRIAGE = "triage-complaint";
    public static final String FORM_SITE_VISIT = "record-site-visit";
    public static final String DELEGATE_RECORD_TRIAGE = "recordComplaintTriage";
    public static final String DELEGATE_COMPARE = "compareComplaintWithPayroll";
    public static final String DELEGATE_RECORD_VISIT = "recordComplaintSiteVisit";
    public static final String ERROR_TRIAGE_REFUSED = "COMPLAINT_TRIAGE_REFUSED";
    public static final String ERROR_VISIT_REFUSED = "COMPLAINT_VISIT_REFUSED";

    public static final String VAR_COMPLAINT_ID = "complaintId";
    public static final String VAR_RECEIPT = "receipt";
    /** The triage's answers (its form's fields). */
    public static final String VAR_CONTRACT_ID = "contractId";
    public static final String VAR_VENDOR_ID = "vendorId";
    public static final String VAR_WORKER_REF = "workerRef";
    public static final String VAR_WEEK_ENDING = "weekEnding";
    public static final String VAR_NOTE = "note";
    public static final String VAR_DISCREPANCY = "discrepancy";
    /** The site visit's answers (its form's fields). */
    public static final String VAR_VISITED_ON = "visitedOn";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_NOTES = "notes";
    public static final String VAR_VIOLATION = "violation";
    public static final String VAR_AMOUNT_OWED = "amountOwed";
    public static final String VAR_SUBSTANTIATED = "substantiated";
    /** Shown in the visit's form when it is read, never a variable ({@code TaskFormValues}). */
    public static final String SHOWN_CLAIM = "claimBesidePayroll";
    public static final String VAR_VIOLATION_RECORDED = "violationRecorded";
    public static final String VAR_REFUSAL = "refusal";
    /** Kept as variables before ADR 0008: the worker's own words, and the triage's and the visit's answers. */
    static final Set<String> RETIRED_VARIABLES = Set.of("employer", "worksite", "claimedWeekEnding", VAR_CONTRACT_ID,
            VAR_VENDOR_ID, VAR_WORKER_REF, VAR_WEEK_ENDING, VAR_NOTE, VAR_VISITED_ON, VAR_OUTCOME, VAR_NOTES, VAR_VIOLATION,
            VAR_AMOUNT_OWED);

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final WorkerComplaints complaints;
    private final RetiredVariables retired;

    WorkerComplaintProcess(RuntimeService runtime, ProcessStarts starts, TaskCompletion completion, WorkerComplaints complaints,
            RetiredVariables retired) {
        this.runtime = runtime;
        this.starts = starts;
        this.completion = completion;
        this.complaints = complaints;
        this.retired = retired;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    /**
     * After the intake commits, through the event publication registry: one handling per complaint, started again until
     * it succeeds (ADR 0015); the complaint and its receipt are kept even while its triage cannot start.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ComplaintReceived received) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COMPLAINT_ID, received.complaintId());
        variables.put(VAR_RECEIPT, received.receipt());
        starts.once(PROCESS_ID, String.valueOf(received.complaintId()), variables);
    }

    /** Triage through the API: checked first (404, 422 naming the field, 409), then the task is completed as the auditor. */
    public void triage(long complaintId, Triage triage, HighroadUser auditor) {
        complaints.triageRefusal(complaintId, triage, auditor).ifPresent(WorkerComplaintProcess::refuse);
        String task = completion.openTask(PROCESS_ID, String.valueOf(complaintId), TASK_TRIAGE, "the triage of complaint " + complaintId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_CONTRACT_ID, triage.contractId());
        variables.put(VAR_VENDOR_ID, triage.vendorId());
        variables.put(VAR_WORKER_REF, triage.workerRef());
        variables.put(VAR_WEEK_ENDING, triage.weekEnding().toString());
        variables.put(VAR_NOTE, triage.note());
        completion.completeAs(auditor.userId(), task, variables);
    }

    /** The site visit's outcome through the API, checked the same way. */
    public void recordSiteVisit(long complaintId, SiteVisit visit, HighroadUser auditor) {
        complaints.siteVisitRefusal(complaintId, visit, auditor).ifPresent(WorkerComplaintProcess::refuse);
        String task = completion.openTask(PROCESS_ID, String.valueOf(complaintId), TASK_SITE_VISIT,
                "the site visit of complaint " + complaintId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_VISITED_ON, visit.visitedOn().toString());
        variables.put(VAR_OUTCOME, visit.outcome());
        variables.put(VAR_NOTES, visit.notes());
        variables.put(VAR_VIOLATION, visit.violation());
        variables.put(VAR_AMOUNT_OWED, visit.amountOwed() == null ? null : visit.amountOwed().toPlainString());
        if (!visit.substantiated().isEmpty()) {
            StringBuilder lines = new StringBuilder();
            new java.util.TreeMap<>(visit.substantiated()).forEach((week, amount) -> lines.append(week).append(' ')
                    .append(amount.toPlainString()).append('\n'));
            variables.put(VAR_SUBSTANTIATED, lines.toString());
        }
        completion.completeAs(auditor.userId(), task, variables);
    }

    private static void refuse(Refusal refusal) {
        throw refusal.isInputError() ? new InvalidInputException(refusal.field(), refusal.reason())
                : new ConflictException(refusal.reason());
    }
}
