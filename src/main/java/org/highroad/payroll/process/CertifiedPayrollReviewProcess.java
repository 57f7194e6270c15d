package org.highroad.payroll.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.contracts.PayrollWeeksExpected;
import org.highroad.payroll.PayrollEvents.PayrollReceived;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.highroad.platform.process.ProcessStarts;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter for {@code bpmn/payroll/certified-payroll-review.bpmn}: one instance per expected weekly report (business
 * key {@code contractId:vendorId:weekEnding}), started when the payroll calendar gains the week. The report's arrival
 * (an accepted payroll or no-work statement) is a message; the due date is a timer that records a late-report finding
 * and keeps waiting for the report.
 */
@Component
public class CertifiedPayrollReviewProcess {

    public static final String PROCESS_ID = "certifiedPayrollReview";
    public static final String GATEWAY_WAIT = "gateway_waitForReport";
    public static final String EVENT_RECEIVED = "messageEvent_payrollReceived";
    public static final String EVENT_DUE_DATE_PASSED = "timerEvent_dueDatePassed";
    public static final String TASK_RECORD_LATE = "serviceTask_recordLateReport";
    public static final String GATEWAY_LATE = "gateway_late";
    public static final String EVENT_RECEIVED_LATE = "messageEvent_lateReportReceived";
    public static final String GATEWAY_FLAGGED = "gateway_flagged";
    public static final String END_RECEIVED = "endEvent_received";
    public static final String END_FLAGGED = "endEvent_flagged";
    public static final String DELEGATE_RECORD_LATE = "recordLateReport";

    public static final String MESSAGE_RECEIVED = "payrollReceived";
    public static final String VAR_CONTRACT_ID = "contractId";
    public static final String VAR_VENDOR_ID = "vendorId";
    public static final String VAR_WEEK_ENDING = "weekEnding";
    public static final String VAR_DUE_ON = "dueOn";
    public static final String VAR_LATE_AT = "lateAt";
    public static final String VAR_LATE = "late";
    public static final String VAR_SUBMISSION_ID = "submissionId";
    public static final String VAR_FLAGGED = "flagged";

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final Clock clock;

    CertifiedPayrollReviewProcess(RuntimeService runtime, ProcessStarts starts, Clock clock) {
        this.runtime = runtime;
        this.starts = starts;
        this.clock = clock;
    }

    static String businessKey(long contractId, long vendorId, LocalDate weekEnding) {
        return contractId + ":" + vendorId + ":" + weekEnding;
    }

    /** After the publisher's commit, through the event publication registry: one watch per contract, contractor and period (ADR 0015). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PayrollWeeksExpected expected) {
        for (ExpectedPayroll week : expected.weeks()) {
            Map<String, Object> vars = new HashMap<>();
            vars.put(VAR_CONTRACT_ID, expected.contractId());
            vars.put(VAR_VENDOR_ID, week.vendorId());
            vars.put(VAR_WEEK_ENDING, week.weekEnding().toString());
            vars.put(VAR_DUE_ON, week.dueOn().toString());
            // late from the first moment after the due date, in the agency's time zone (the application clock's)
            vars.put(VAR_LATE_AT, Date.from(week.dueOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
            starts.once(PROCESS_ID, businessKey(expected.contractId(), week.vendorId(), week.weekEnding()), vars);
        }
    }

    /**
     * The week's report arrived: the waiting instance (if any; a correction, or a second notice of the same payroll,
     * finds none) moves on. Sent after the payroll's transactions committed; a conflict with the engine's own work on
     * the instance (its due-date timer firing at the same moment) is tried again a few times, and anything still refused
     * propagates to the payroll module, which leaves the notice to its recovery.
     */
    @EventListener
    void on(PayrollReceived received) {
        for (int attempt = 1; ; attempt++) {
            try {
                runtime.createMessageCorrelation(MESSAGE_RECEIVED)
                        .processInstanceBusinessKey(businessKey(received.contractId(), received.vendorId(), received.weekEnding()))
                        .setVariable(VAR_SUBMISSION_ID, received.submissionId())
                        .setVariable(VAR_FLAGGED, received.flagged())
                        .correlateAllWithResult();
                return;
            } catch (OptimisticLockingException concurrentChange) {
                if (attempt >= CORRELATION_ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    private static final int CORRELATION_ATTEMPTS = 3;
}
