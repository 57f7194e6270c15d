package org.highroad.enforcement;

import java.time.LocalDate;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.platform.time.AgencyCalendars;
import org.highroad.platform.time.BusinessDays;
import org.springframework.stereotype.Component;

/**
 * A case's periods in business days, counted in the calendar of the agency that let the case's contract: weekends, the
 * US federal holidays with their observed dates (5 U.S.C. 6103) and the agency's own holidays
 * ({@code highroad.business-days.agency-holidays}), so that a cure period or a re-check skips the days that agency is
 * closed.
 */
@Component
class CaseCalendar {

    private final Contracts contracts;
    private final SubsidyRecoveries recoveries;
    private final AgencyCalendars calendars;

    CaseCalendar(Contracts contracts, SubsidyRecoveries recoveries, AgencyCalendars calendars) {
        this.contracts = contracts;
        this.recoveries = recoveries;
        this.calendars = calendars;
    }

    /** A cure period: how many business days, and its last day. */
    record CurePeriod(int businessDays, LocalDate due) {
    }

    /**
     * The cure period of a notice served on {@code served}: the contract's cure period in business days in force that
     * day (Schedule C, "Cure period"; clause REPORTING: "may be cured within N business days of notice"), counted from
     * the day after the notice. A subsidy case's cure period is the one of the program's pinned standard version (its
     * enforcement parameters), as the recovery recorded it.
     */
    CurePeriod cureOfNotice(ComplianceCase c, LocalDate served) {
        int days = c.aboutSubsidy() ? recovery(c).cureBusinessDays()
                : contracts.ruleBook(c.contractId()).reporting(served).curePeriodBusinessDays();
        return new CurePeriod(days, of(c).addBusinessDays(served, days));
    }

    /** The calendar of the agency of the case's contract, or of the subsidy program's standard. */
    BusinessDays of(ComplianceCase c) {
        return calendars.of(agencyOf(c));
    }

    /** The agency whose calendar counts the case's periods, and whose record entry the case writes. */
    String agencyOf(ComplianceCase c) {
        return c.aboutSubsidy() ? recovery(c).agencyCode() : contracts.agencyCodeOf(c.contractId());
    }

    private org.highroad.enforcement.SubsidyRecovery recovery(ComplianceCase c) {
        return recoveries.ofCase(c.id()).get(0);
    }
}
