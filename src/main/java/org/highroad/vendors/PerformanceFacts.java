package org.highroad.vendors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The payroll and enforcement facts behind a vendor's past performance, which the vendors module cannot read itself
 * (payroll and enforcement depend on vendors, not the other way): declared here and implemented downstream by the
 * enforcement module, as the platform declares {@code VendorAffiliation} and vendors implements it (ADR 0010).
 */
public interface PerformanceFacts {

    /** The vendor's facts for payroll weeks ending, and cases opened, from {@code from} to {@code to} inclusive. */
    Facts of(long vendorId, LocalDate from, LocalDate to);

    /**
     * @param weeksDue              contract weeks due from the vendor (reported, or found late)
     * @param lateWeeks             of those, weeks with a late-report finding standing
     * @param lateCaseIds           the cases holding those late-report findings
     * @param hoursReported         hours on the vendor's certified payrolls in force
     * @param confirmedFindings     confirmed findings per case of the vendor
     * @param restitutionCases      the vendor's cases that owed restitution
     * @param curedInTime           of those, the cases paid in full by the end of their cure period
     * @param weeksReported         contract weeks with a certified payroll in force
     * @param shortfallWeeks        of those, weeks with a workforce-share shortfall standing
     * @param shortfallCaseIds      the cases holding those shortfalls
     */
    record Facts(int weeksDue, int lateWeeks, List<Long> lateCaseIds, BigDecimal hoursReported,
            Map<Long, Integer> confirmedFindings, List<Long> restitutionCases, List<Long> curedInTime, int weeksReported,
            int shortfallWeeks, List<Long> shortfallCaseIds) {

        public static Facts none() {
            return new Facts(0, 0, List.of(), BigDecimal.ZERO, Map.of(), List.of(), List.of(), 0, 0, List.of());
        }
    }
}
