package org.highroad.enforcement.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Periods counted in business days: now {@link org.highroad.platform.time.BusinessDays}, where every module finds it,
 * with each agency's own holidays in {@link org.highroad.platform.time.AgencyCalendars}. This class only delegates,
 * with the same counting convention, until the enforcement module asks the agency's calendar.
 *
 * @deprecated use {@link org.highroad.platform.time.BusinessDays} or the agency's calendar
 *         ({@link org.highroad.platform.time.AgencyCalendars#of(String)}).
 */
@Deprecated(forRemoval = true)
public final class BusinessDays {

    private final org.highroad.platform.time.BusinessDays calendar;

    private BusinessDays(org.highroad.platform.time.BusinessDays calendar) {
        this.calendar = calendar;
    }

    public static BusinessDays withHolidays(Set<LocalDate> holidays) {
        return new BusinessDays(org.highroad.platform.time.BusinessDays.withHolidays(holidays));
    }

    public static BusinessDays usFederal() {
        return new BusinessDays(org.highroad.platform.time.BusinessDays.usFederal());
    }

    public BusinessDays plus(Set<LocalDate> more) {
        return new BusinessDays(calendar.plus(more));
    }

    public boolean isBusinessDay(LocalDate date) {
        return calendar.isBusinessDay(date);
    }

    public LocalDate addBusinessDays(LocalDate start, int days) {
        return calendar.addBusinessDays(start, days);
    }

    public int businessDaysBetween(LocalDate start, LocalDate end) {
        return calendar.businessDaysBetween(start, end);
    }

    public static Set<LocalDate> usFederalHolidays(int year) {
        return org.highroad.platform.time.BusinessDays.usFederalHolidays(year);
    }
}
