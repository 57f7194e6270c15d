package org.highroad.payroll.wages;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who works in each classification in the payroll week: the journeyworkers (counted once each) and the apprentices
 * with their first entry number. The apprentice ratio (29 CFR 5.5(a)(4)(i)) is a property of the whole payroll, so a
 * payroll checked a few workers at a time is given the census of all of it; {@link #of} takes it from rows in memory.
 */
public final class ApprenticeCensus {

    private final Map<String, Set<String>> journeyworkers = new HashMap<>();
    private final Map<String, Integer> journeyworkerCounts = new HashMap<>();
    private final Map<String, Map<String, Integer>> apprentices = new HashMap<>();

    /** The census of the rows given. */
    public static ApprenticeCensus of(List<WorkerWeek> rows) {
        ApprenticeCensus census = new ApprenticeCensus();
        rows.forEach(r -> census.add(r.classification(), r.level(), r.workerRef(), r.entryNumber()));
        return census;
    }

    /** Counts one row: a worker at a level in a classification, under an entry number. */
    public ApprenticeCensus add(String classification, WorkerWeek.Level level, String workerRef, int entryNumber) {
        String key = key(classification);
        if (level == WorkerWeek.Level.JOURNEYWORKER) {
            journeyworkers.computeIfAbsent(key, k -> new HashSet<>()).add(workerRef);
        } else {
            apprentices.computeIfAbsent(key, k -> new HashMap<>()).merge(workerRef, entryNumber, Math::min);
        }
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

    /** Apprentices in the classification, each with its lowest entry number. */
    public Map<String, Integer> apprentices(String classification) {
        return Map.copyOf(apprentices.getOrDefault(key(classification), Map.of()));
    }

    static String key(String classification) {
        return classification.trim().toLowerCase(Locale.ROOT);
    }
}
