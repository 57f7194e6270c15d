package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One WH-347 row group (Rev. January 2025): one worker, one classification, one week. A worker with several
 * classifications has several rows under the same entry number (col. 1A).
 *
 * @param entryNumber         col. 1A
 * @param workerRef           col. 1E, an identifying number such as the last four digits of the SSN; a full SSN is
 *                            refused
 * @param classification      col. 3
 * @param level               col. 2, (J) journeyworker or (RA) registered apprentice
 * @param apprenticeLevel     the apprentice's progression period (e.g. 1..8), {@code null} for journeyworkers
 * @param days                col. 4, hours per day
 * @param straightRate        col. 6A, hourly rate paid for straight time
 * @param overtimeRate        col. 6A OT row, hourly rate paid for overtime; {@code null} when no OT is reported (any
 *                            OT hours are then taken as paid at the straight rate)
 * @param fringeCreditPerHour col. 6B divided by hours: contributions to bona fide plans per hour (may be 0)
 * @param cashInLieuPerHour   col. 6C divided by hours: cash paid in lieu of fringe per hour (may be 0)
 * @param apprenticeRegistration the registration number of the program the apprentice is registered in (WH-347 Rev.
 *                            January 2025 asks it per apprentice), {@code null} when the row names none
 */
public record WorkerWeek(int entryNumber, String workerRef, String classification, Level level,
        Integer apprenticeLevel, List<DayHours> days, BigDecimal straightRate, BigDecimal overtimeRate,
        BigDecimal fringeCreditPerHour, BigDecimal cashInLieuPerHour, String apprenticeRegistration) {

    /** A row that names no apprentice registration. */
    public WorkerWeek(int entryNumber, String workerRef, String classification, Level level, Integer apprenticeLevel,
            List<DayHours> days, BigDecimal straightRate, BigDecimal overtimeRate, BigDecimal fringeCreditPerHour,
            BigDecimal cashInLieuPerHour) {
        this(entryNumber, workerRef, classification, level, apprenticeLevel, days, straightRate, overtimeRate,
                fringeCreditPerHour, cashInLieuPerHour, null);
    }

    /** Col. 2 of the WH-347. */
    public enum Level {
        JOURNEYWORKER, APPRENTICE
    }

    private static final Pattern FULL_SSN = Pattern.compile("\\d{3}-?\\d{2}-?\\d{4}");

    public WorkerWeek {
        Objects.requireNonNull(workerRef, "workerRef");
        if (FULL_SSN.matcher(workerRef.trim()).matches()) {
            // 29 CFR 5.5(a)(3)(ii)(A) asks only an identifying number (the last four digits of the SSN): full Social
            // Security numbers are refused, never stored or echoed in findings
            throw new IllegalArgumentException("workerRef must not be a full SSN (entry " + entryNumber + ")");
        }
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(straightRate, "straightRate");
        days = days == null ? List.of() : List.copyOf(days);
        fringeCreditPerHour = fringeCreditPerHour == null ? BigDecimal.ZERO : fringeCreditPerHour;
        cashInLieuPerHour = cashInLieuPerHour == null ? BigDecimal.ZERO : cashInLieuPerHour;
        apprenticeRegistration = apprenticeRegistration == null || apprenticeRegistration.isBlank() ? null
                : apprenticeRegistration.strip();
    }
}
