package org.highroad.payroll.utilization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the utilization calculator knows about a worker. {@code workerRef} is an opaque reference (for example the
 * payroll's worker entry number or the last four digits of the identifying number), never a name or a full Social
 * Security number: a reference shaped like a full SSN is refused. {@code personOfColor} and {@code woman} are
 * self-identified and {@code null} when the worker did not report them (SF Admin Code ch. 82 recordkeeping: race,
 * gender and ethnicity are self-identified, domain reference 1.8).
 */
public record WorkerProfile(String workerRef, List<Residence> residences, Boolean personOfColor, Boolean woman) {

    private static final Pattern FULL_SSN = Pattern.compile("\\d{3}-?\\d{2}-?\\d{4}");

    public WorkerProfile {
        if (workerRef == null || workerRef.isBlank()) {
            throw new IllegalArgumentException("a worker profile needs a worker reference");
        }
        if (FULL_SSN.matcher(workerRef.strip()).matches()) {
            throw new IllegalArgumentException("a worker reference must not be a full Social Security number");
        }
        residences = residences == null ? List.of()
                : residences.stream().sorted(Comparator.comparing(Residence::effectiveFrom)).toList();
        var days = new HashSet<LocalDate>();
        for (Residence r : residences) {
            if (!days.add(r.effectiveFrom())) {
                throw new IllegalArgumentException("worker " + workerRef + " has two residences effective on "
                        + r.effectiveFrom() + "; resolve the correction before computing shares");
            }
        }
    }

    /**
     * The residence in force on {@code day}: the latest entry with {@code effectiveFrom <= day}; empty when no entry
     * took effect by then (the calculator then counts the day as not resident and as unreported).
     */
    public Optional<Residence> residenceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Residence found = null;
        for (Residence r : residences) { // sorted by effectiveFrom in the constructor
            if (r.effectiveFrom().isAfter(day)) {
                break;
            }
            found = r;
        }
        return Optional.ofNullable(found);
    }
}
