package org.highroad.vendors.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.vendors.VendorQualificationFiled;
import org.highroad.vendors.VendorQualifications;
import org.highroad.platform.process.ProcessStarts;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter between the vendors module and {@code bpmn/vendors/vendor-qualification.bpmn}: ids, variable names and
 * the two ways in (the filing event; a decision made through the API rather than Tasklist). Business key = the
 * qualification's id. Variables hold ids, the standard's code and version (the form's labels), routing flags and the
 * expiry timer's date; the vendor (its name), the profile (who filed it), its scorecard and the officer's decision and
 * notes are the vendors module's records, read through its API (ADR 0008).
 */
@Component
public class VendorQualificationProcess {

    public static final String PROCESS_ID = "vendorQualification";
    public static final String EVENT_FILED = "startEvent_profileFiled";
    public static final String TASK_REVIEW = "userTask_reviewQualification";
    public static final String TASK_RECORD_DECISION = "serviceTask_recordQualificationDecision";
    public static final String EVENT_DECISION_REFUSED = "boundaryEvent_decisionRefused";
    public static final String GATEWAY_QUALIFIED = "gateway_qualified";
    public static final String EVENT_QUALIFICATION_EXPIRES = "timer_qualificationExpires";
    public static final String TASK_EXPIRE = "serviceTask_expireQualification";
    public static final String END_EXPIRED = "endEvent_expired";
    public static final String END_SENT_BACK = "endEvent_sentBack";
    public static final String ERROR_DECISION_REFUSED = "QUALIFICATION_DECISION_REFUSED";
    public static final String FORM_REVIEW = "review-vendor-qualification";
    public static final String DELEGATE_RECORD_DECISION = "recordQualificationDecision";
    public static final String DELEGATE_EXPIRE = "expireQualification";

    public static final String VAR_QUALIFICATION_ID = "qualificationId";
    public static final String VAR_VENDOR_ID = "vendorId";
    public static final String VAR_STANDARD_CODE = "standardCode";
    public static final String VAR_STANDARD_VERSION = "standardVersion";
    /** The review's answers (its form's fields), there only in the transaction that completes the task. */
    public static final String VAR_DECISION = "decision";
    public static final String VAR_QUALIFIED_UNTIL = "qualifiedUntil";
    public static final String VAR_NOTES = "notes";
    public static final String VAR_QUALIFIED = "qualified";
    /** When the expiry timer fires: the end of the last qualified day. */
    public static final String VAR_QUALIFIED_UNTIL_ISO = "qualifiedUntilIso";
    public static final String VAR_REFUSAL = "refusal";
    public static final String DECISION_QUALIFY = "qualify";
    public static final String DECISION_IMPROVE = "improve";
    /**
     * Kept as variables by earlier versions: the review's answers, display copies of the profile's score, the vendor's
     * name and the user who filed (the vendor registry's and the profile's, read through the API).
     */
    static final Set<String> RETIRED_VARIABLES = Set.of(VAR_DECISION, VAR_QUALIFIED_UNTIL, VAR_NOTES, "totalScore",
            "scorecardStatus", "vendorName", "filedBy");

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final VendorQualifications qualifications;
    private final RetiredVariables retired;

    VendorQualificationProcess(RuntimeService runtime, ProcessStarts starts, TaskCompletion completion,
            VendorQualifications qualifications, RetiredVariables retired) {
        this.runtime = runtime;
        this.starts = starts;
        this.completion = completion;
        this.qualifications = qualifications;
        this.retired = retired;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    /**
     * When a pre-qualification lapses: at the end of its last day, in UTC like the rest of Highroad, so the vendor
     * is pre-qualified for the whole of {@code qualifiedUntil}.
     */
    public static Instant expiresAt(LocalDate qualifiedUntil) {
        return qualifiedUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * After the filing commits, through the event publication registry: one review per qualification, started again
     * until it succeeds (ADR 0015); a filed profile waits for its review task at most until the next resubmission. The
     * profile and its scorecard stay in the vendors module's tables; the officer reads them through its API.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(VendorQualificationFiled filed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_QUALIFICATION_ID, filed.qualificationId());
        variables.put(VAR_VENDOR_ID, filed.vendorId());
        variables.put(VAR_STANDARD_CODE, filed.standardCode());
        variables.put(VAR_STANDARD_VERSION, filed.standardVersion());
        starts.once(PROCESS_ID, String.valueOf(filed.qualificationId()), variables);
    }

    /**
     * A decision through the API: checked first (422 for a bad date or missing notes, 409 for a decided
     * qualification), then the review task is completed as the officer, with their groups, as Tasklist does it.
     */
    public void decide(long qualificationId, HighroadUser officer, boolean qualify, LocalDate qualifiedUntil,
            String notes) {
        qualifications.refusalFor(qualificationId, officer, qualify, qualifiedUntil, notes).ifPresent(refusal -> {
            throw refusal.isInputError() ? new InvalidInputException(refusal.field(), refusal.reason())
                    : new ConflictException(refusal.reason());
        });
        String task = completion.openTask(PROCESS_ID, String.valueOf(qualificationId), TASK_REVIEW,
                "the review of qualification " + qualificationId);
        List<String> groups = officer.roles().stream().map(Role::groupId).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECISION, qualify ? DECISION_QUALIFY : DECISION_IMPROVE);
        variables.put(VAR_QUALIFIED_UNTIL, qualifiedUntil == null ? null : qualifiedUntil.toString());
        variables.put(VAR_NOTES, notes == null ? "" : notes);
        completion.completeAs(officer.userId(), task, variables);
    }
}
