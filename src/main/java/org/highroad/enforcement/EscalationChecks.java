package org.highroad.enforcement;

import java.time.LocalDate;
import org.highroad.enforcement.domain.ComplianceCase;
import org.springframework.stereotype.Component;

/**
 * When an open case past its cure date is looked at again. After the cure period, the ladder is consulted again every
 * 10 business days of the case's agency ({@link CaseCalendar}): the thresholds of {@code escalation-ladder.dmn} (fines
 * from 10 business days past cure, a debarment referral from 20) are reached one check each.
 */
@Component
class EscalationChecks {

    static final int ESCALATION_CHECK_BUSINESS_DAYS = 10;

    private final CaseCalendar calendar;

    EscalationChecks(CaseCalendar calendar) {
        this.calendar = calendar;
    }

    /** The case waits (the ladder said WAIT, an auditor decided a step, an administrator rejected a referral). */
    void scheduleNext(ComplianceCase c, LocalDate today) {
        c.nextCheck(calendar.of(c).addBusinessDays(today, ESCALATION_CHECK_BUSINESS_DAYS));
    }
}
