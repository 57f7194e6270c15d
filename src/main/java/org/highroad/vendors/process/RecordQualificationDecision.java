package org.highroad.vendors.process;

import static org.highroad.vendors.process.VendorQualificationProcess.DECISION_IMPROVE;
import static org.highroad.vendors.process.VendorQualificationProcess.DECISION_QUALIFY;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.highroad.platform.process.TaskDecision;
import org.highroad.vendors.DecisionRefusal;
import org.highroad.vendors.QualificationView;
import org.highroad.vendors.VendorQualifications;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_recordQualificationDecision}: saves the officer's decision through the vendors module. The
 * decision, the last qualified day and the notes are the review task's answers, there only in the transaction that
 * completes the task. The officer is the user who completed the review task (Tasklist or API), with the groups it was
 * authenticated with.
 * A decision that may not be recorded (not an officer, a date in the past, no notes) is a business outcome
 * ({@code BpmnError}) that sends the task back for review with the reason.
 */
@Component(VendorQualificationProcess.DELEGATE_RECORD_DECISION)
class RecordQualificationDecision implements JavaDelegate {

    private final VendorQualifications qualifications;

    RecordQualificationDecision(VendorQualifications qualifications) {
        this.qualifications = qualifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(VendorQualificationProcess.VAR_QUALIFICATION_ID)).longValue();
        Object decision = execution.getVariable(VendorQualificationProcess.VAR_DECISION);
        boolean qualify = DECISION_QUALIFY.equals(decision);
        Object notesValue = execution.getVariable(VendorQualificationProcess.VAR_NOTES);
        String notes = notesValue == null ? null : notesValue.toString();
        String until = text(execution.getVariable(VendorQualificationProcess.VAR_QUALIFIED_UNTIL));
        LocalDate qualifiedUntil = qualify ? date(until) : null;
        TaskDecision officer = TaskDecision.of(execution, VendorQualificationProcess.VAR_REFUSAL,
                VendorQualificationProcess.ERROR_DECISION_REFUSED);
        officer.refuseIf(unreadable(decision, until, qualifiedUntil).or(() -> qualifications
                .refusalFor(id, officer.user(), qualify, qualifiedUntil, notes).map(RecordQualificationDecision::reason)));
        QualificationView decided = qualifications.decide(id, qualify, qualifiedUntil, notes, officer.user());
        boolean qualified = decided.status() == QualificationView.Status.QUALIFIED;
        execution.setVariable(VendorQualificationProcess.VAR_QUALIFIED, qualified);
        if (qualified) {
            execution.setVariable(VendorQualificationProcess.VAR_QUALIFIED_UNTIL_ISO,
                    VendorQualificationProcess.expiresAt(decided.decision().qualifiedUntil()).toString());
        }
    }

    /** What the form sent that cannot be read as a decision at all. */
    private static Optional<String> unreadable(Object decision, String until, LocalDate qualifiedUntil) {
        if (!DECISION_QUALIFY.equals(decision) && !DECISION_IMPROVE.equals(decision)) {
            return Optional.of("choose a decision: " + DECISION_QUALIFY + " or " + DECISION_IMPROVE);
        }
        if (DECISION_QUALIFY.equals(decision) && until != null && qualifiedUntil == null) {
            return Optional.of("qualifiedUntil: '" + until + "' is not a date (YYYY-MM-DD)");
        }
        return Optional.empty();
    }

    private static String reason(DecisionRefusal refusal) {
        return refusal.isInputError() ? refusal.field() + ": " + refusal.reason() : refusal.reason();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    // The form's date field and the API both send YYYY-MM-DD; anything else is refused with the value quoted.
    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
