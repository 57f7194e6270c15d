package org.highroad.platform.time;

import org.springframework.stereotype.Component;

/**
 * Each agency's business-day calendar: weekends, the US federal holidays with their observed dates (5 U.S.C. 6103)
 * and the agency's own holidays ({@link AgencyHolidays}), so that a cure period of an agency's contract skips the days
 * that agency is closed. Ask it with the agency's code, which every solicitation and contract carries.
 */
@Component
public class AgencyCalendars {

    private static final BusinessDays FEDERAL = BusinessDays.usFederal();

    private final AgencyHolidays holidays;

    public AgencyCalendars(AgencyHolidays holidays) {
        this.holidays = holidays;
    }

    /** The calendar of the agency with this code: federal holidays, plus its own where it has a list. */
    public BusinessDays of(String agencyCode) {
        var own = holidays.of(agencyCode);
        return own.isEmpty() ? FEDERAL : FEDERAL.plus(own);
    }
}
