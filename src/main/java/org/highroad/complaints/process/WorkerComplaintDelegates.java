package org.highroad.complaints.process;

import static org.highroad.complaints.process.WorkerComplaintProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.highroad.complaints.Refusal;
import org.highroad.complaints.SiteVisit;
import org.highroad.complaints.Triage;
import org.highroad.complaints.WorkerComplaints;
import org.highroad.platform.process.TaskDecision;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The worker-complaint delegates: each reads the complaint's id and the task's answers (there only in the transaction
 * that completes the task), asks {@link WorkerComplaints} once, which keeps them, and writes a flag or sends the task
 * back with the reason ({@code BpmnError}). The auditor is whoever completed the task (Tasklist or API), with the
 * groups they were authenticated with.
 */
@Configuration
class WorkerComplaintDelegates {

    @Bean(DELEGATE_RECORD_TRIAGE)
    JavaDelegate recordComplaintTriage(WorkerComplaints complaints) {
        return execution -> {
            long id = complaintId(execution);
            TaskDecision auditor = TaskDecision.of(execution, VAR_REFUSAL, ERROR_TRIAGE_REFUSED);
            Triage triage = new Triage(number(execution, VAR_CONTRACT_ID), number(execution, VAR_VENDOR_ID),
                    text(execution, VAR_WORKER_REF), date(execution, VAR_WEEK_ENDING), text(execution, VAR_NOTE));
            auditor.refuseIf(complaints.triageRefusal(id, triage, auditor.user()));
            auditor.clearRefusal();
            complaints.recordTriage(id, triage, auditor.userId());
        };
    }

    @Bean(DELEGATE_COMPARE)
    JavaDelegate compareComplaintWithPayroll(WorkerComplaints complaints) {
        return execution -> execution.setVariable(VAR_DISCREPANCY, complaints.compareWithPayroll(complaintId(execution)));
    }

    @Bean(DELEGATE_RECORD_VISIT)
    JavaDelegate recordComplaintSiteVisit(WorkerComplaints complaints) {
        return execution -> {
            long id = complaintId(execution);
            TaskDecision auditor = TaskDecision.of(execution, VAR_REFUSAL, ERROR_VISIT_REFUSED);
            String outcome = text(execution, VAR_OUTCOME);
            // The form shows the violation and the wages owed only for VIOLATION_FOUND, and a hidden field is not
            // submitted: for any other outcome they are not this visit's.
            boolean violation = "VIOLATION_FOUND".equals(outcome);
            SiteVisit visit = new SiteVisit(date(execution, VAR_VISITED_ON), outcome, text(execution, VAR_NOTES),
                    violation ? text(execution, VAR_VIOLATION) : null, violation ? money(execution, auditor, VAR_AMOUNT_OWED) : null,
                    violation ? weeks(execution, auditor) : Map.of());
            auditor.refuseIf(complaints.siteVisitRefusal(id, visit, auditor.user()));
            auditor.clearRefusal();
            execution.setVariable(VAR_VIOLATION_RECORDED, complaints.recordSiteVisit(id, visit, auditor.userId()).isPresent());
        };
    }

    private static long complaintId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_COMPLAINT_ID)).longValue();
    }

    private static Long number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? Long.valueOf(n.longValue()) : null;
    }

    /** An amount from the form (a number, or text from the API), or null when not given; anything else is refused. */
    private static BigDecimal money(DelegateExecution execution, TaskDecision auditor, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return value instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            auditor.refuse(new Refusal(name, "must be an amount in dollars and cents").toString());
            return null;
        }
    }

    /** The weeks substantiated, one a line ({@link SiteVisit#weeksFromText}); a line that cannot be read is refused. */
    private static Map<LocalDate, BigDecimal> weeks(DelegateExecution execution, TaskDecision auditor) {
        try {
            return SiteVisit.weeksFromText(text(execution, VAR_SUBSTANTIATED));
        } catch (IllegalArgumentException e) {
            auditor.refuse(new Refusal(VAR_SUBSTANTIATED, e.getMessage()).toString());
            return Map.of();
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    // Tasklist's date field and the API both send YYYY-MM-DD; anything else is treated as missing and refused.
    private static LocalDate date(DelegateExecution execution, String name) {
        String value = text(execution, name);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
