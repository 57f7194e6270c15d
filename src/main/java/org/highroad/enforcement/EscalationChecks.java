package org.highroad.enforcement;

import java.time.LocalDate;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.time.BusinessDays;
import org.springframework.stereotype.Component;

/**
 * When an open case past its cure date is looked at again. After the cure period, the ladder is consulted again every
 * 10 business days: the thresholds of {@code escalation-ladder.dmn} (fines from 10 business days past cure, a debarment
 * referral from 20) are reached one check each.
 */
@Component
class EscalationChecks {

    static final int ESCALATION_CHECK_BUSINESS_DAYS = 10;

    /** The case waits (the ladder said WAIT, an auditor decided a step, an administrator rejected a referral). */
    void scheduleNext(ComplianceCase c, LocalDate today) {
        c.nextCheck(BusinessDays.usFederal().addBusinessDays(today, ESCALATION_CHECK_BUSINESS_DAYS));
    }
}
