package org.highroad.payroll.wages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who works in each classification on each day of the payroll: the journeyworkers on the job that day (counted once
 * each) and the apprentices on the job that day, with each apprentice's progression level and the registration their
 * rows name. The apprentice ratio (29 CFR 5.5(a)(4)(i): "the allowable ratio of apprentices to journeyworkers on the
 * job site") is a property of the whole payroll on each day, so a payroll checked a few workers at a time is given the
 * census of all of it; {@link #of} takes it from rows in memory. Nothing here depends on the order of rows.
 */
public final class ApprenticeCensus {

    /**
     * An apprentice of the census.
     *
     * @param level        the highest progression level of the worker's rows in the classification, 0 when none given
     * @param registration the registration number the worker's rows name (the lowest when they differ), or
     *                     {@code null}
     */
    public record Apprentice(int level, String registration) {

        Apprentice merge(Apprentice other) {
            String reg = registration == null ? other.registration
                    : other.registration == null || registration.compareTo(other.registration) <= 0 ? registration
                    : other.registration;
            return new Apprentice(Math.max(level, other.level), reg);
        }
    }

    private final Map<String, Map<LocalDate, Set<String>>> journeyworkersOn = new HashMap<>();
    private final Map<String, Map<LocalDate, Integer>> journeyworkerCountsOn = new HashMap<>();
    private final Map<String, Map<String, Apprentice>> apprentices = new HashMap<>();
    private final Map<String, Map<LocalDate, Set<String>>> apprenticesOn = new HashMap<>();
    private boolean registrationsNamed;
    /** What the checks concluded from this census (see {@link #once}); forgotten whenever the census changes. */
    private final Map<List<Object>, Object> concluded = new HashMap<>();

    /** The census of the rows given; a day counts a worker who has hours on it. */
    public static ApprenticeCensus of(List<WorkerWeek> rows) {
        ApprenticeCensus census = new ApprenticeCensus();
        for (WorkerWeek r : rows) {
            if (r.level() == WorkerWeek.Level.JOURNEYWORKER) {
                for (DayHours d : r.days()) {
                    if (d.totalHours().signum() > 0) {
                        census.journeyworkersOn.computeIfAbsent(key(r.classification()), k -> new HashMap<>())
                                .computeIfAbsent(d.date(), k -> new HashSet<>()).add(r.workerRef());
                    }
                }
            } else {
                census.addApprentice(r.classification(), r.workerRef(), r.apprenticeLevel(), r.apprenticeRegistration());
                for (DayHours d : r.days()) {
                    if (d.totalHours().signum() > 0) {
                        census.addApprenticeOn(r.classification(), r.workerRef(), d.date());
                    }
                }
            }
        }
        return census;
    }

    /** Counts one apprentice row: a worker at a progression level in a classification, naming a registration. */
    public ApprenticeCensus addApprentice(String classification, String workerRef, Integer level, String registration) {
        concluded.clear();
        String reg = registration == null || registration.isBlank() ? null : registration.strip();
        apprentices.computeIfAbsent(key(classification), k -> new HashMap<>())
                .merge(workerRef, new Apprentice(level == null ? 0 : level, reg), Apprentice::merge);
        return this;
    }

    /** An apprentice (counted with {@link #addApprentice}) on the job in the classification on a day. */
    public ApprenticeCensus addApprenticeOn(String classification, String workerRef, LocalDate day) {
        concluded.clear();
        apprenticesOn.computeIfAbsent(key(classification), k -> new HashMap<>()).computeIfAbsent(day, k -> new HashSet<>())
                .add(workerRef);
        return this;
    }

    /**
     * Counts journeyworkers on the job on a day already counted elsewhere (a database's {@code count(distinct …)}), so
     * that a large payroll's census need not list them; spellings of a classification that differ only in case or
     * blanks add up.
     */
    public ApprenticeCensus addJourneyworkersOn(String classification, LocalDate day, int distinctWorkers) {
        concluded.clear();
        journeyworkerCountsOn.computeIfAbsent(key(classification), k -> new HashMap<>()).merge(day, distinctWorkers, Integer::sum);
        return this;
    }

    /**
     * Whether the payroll's layout has a registration for each apprentice (the WH-347 Rev. January 2025 does): then an
     * apprentice row naming none names no program on file.
     */
    public ApprenticeCensus registrationsNamed(boolean named) {
        concluded.clear();
        this.registrationsNamed = named;
        return this;
    }

    public boolean registrationsNamed() {
        return registrationsNamed;
    }

    /** Distinct journeyworkers of the classification on the job on the day. */
    public int journeyworkersOn(String classification, LocalDate day) {
        String key = key(classification);
        return journeyworkersOn.getOrDefault(key, Map.of()).getOrDefault(day, Set.of()).size()
                + journeyworkerCountsOn.getOrDefault(key, Map.of()).getOrDefault(day, 0);
    }

    /** Apprentices in the classification by worker ref. */
    public Map<String, Apprentice> apprentices(String classification) {
        return Map.copyOf(apprentices.getOrDefault(key(classification), Map.of()));
    }

    /** The days any apprentice of the classification was on the job, each with those apprentices' worker refs. */
    public Map<LocalDate, Set<String>> apprenticeDays(String classification) {
        Map<LocalDate, Set<String>> days = new TreeMap<>();
        apprenticesOn.getOrDefault(key(classification), Map.of()).forEach((day, refs) -> days.put(day, new TreeSet<>(refs)));
        return days;
    }

    /**
     * What {@code conclusion} concludes from this census, reached once for {@code key} while the census stays as it is:
     * a large payroll is checked a few workers at a time against the same census of all of it.
     */
    @SuppressWarnings("unchecked")
    <T> T once(List<Object> key, java.util.function.Supplier<T> conclusion) {
        Object known = concluded.get(key);
        if (known == null) {
            known = conclusion.get();
            concluded.put(key, known);
        }
        return (T) known;
    }

    static String key(String classification) {
        return classification.trim().toLowerCase(Locale.ROOT);
    }
}
