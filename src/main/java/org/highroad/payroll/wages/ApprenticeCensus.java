package org.highroad.payroll.wages;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who works in each classification in the payroll week: the journeyworkers (counted once each) and the apprentices
 * with their progression level and the registration their rows name. The apprentice ratio (29 CFR 5.5(a)(4)(i)) is a
 * property of the whole payroll, so a payroll checked a few workers at a time is given the census of all of it;
 * {@link #of} takes it from rows in memory. Nothing here depends on the order of rows.
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

    private final Map<String, Set<String>> journeyworkers = new HashMap<>();
    private final Map<String, Integer> journeyworkerCounts = new HashMap<>();
    private final Map<String, Map<String, Apprentice>> apprentices = new HashMap<>();

    /** The census of the rows given. */
    public static ApprenticeCensus of(List<WorkerWeek> rows) {
        ApprenticeCensus census = new ApprenticeCensus();
        for (WorkerWeek r : rows) {
            if (r.level() == WorkerWeek.Level.JOURNEYWORKER) {
                census.journeyworkers.computeIfAbsent(key(r.classification()), k -> new HashSet<>()).add(r.workerRef());
            } else {
                census.addApprentice(r.classification(), r.workerRef(), r.apprenticeLevel(), r.apprenticeRegistration());
            }
        }
        return census;
    }

    /** Counts one apprentice row: a worker at a progression level in a classification, naming a registration. */
    public ApprenticeCensus addApprentice(String classification, String workerRef, Integer level, String registration) {
        String reg = registration == null || registration.isBlank() ? null : registration.strip();
        apprentices.computeIfAbsent(key(classification), k -> new HashMap<>())
                .merge(workerRef, new Apprentice(level == null ? 0 : level, reg), Apprentice::merge);
        return this;
    }

    /**
     * Counts journeyworkers already counted elsewhere (a database's {@code count(distinct …)}), so that a large payroll's
     * census need not list them; spellings of a classification that differ only in case or blanks add up.
     */
    public ApprenticeCensus addJourneyworkers(String classification, int distinctWorkers) {
        journeyworkerCounts.merge(key(classification), distinctWorkers, Integer::sum);
        return this;
    }

    /** Distinct journeyworkers in the classification. */
    public int journeyworkers(String classification) {
        String key = key(classification);
        return journeyworkers.getOrDefault(key, Set.of()).size() + journeyworkerCounts.getOrDefault(key, 0);
    }

    /** Apprentices in the classification by worker ref. */
    public Map<String, Apprentice> apprentices(String classification) {
        return Map.copyOf(apprentices.getOrDefault(key(classification), Map.of()));
    }

    static String key(String classification) {
        return classification.trim().toLowerCase(Locale.ROOT);
    }
}
