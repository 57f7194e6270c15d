package org.highroad.payroll.wages;

import static org.highroad.payroll.wages.WageMath.MC;
import static org.highroad.payroll.wages.WageMath.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;

/** Sets each apprentice row's program, or the status that makes it owed the journeyworker rate. */
final class ApprenticeStatus {

    private ApprenticeStatus() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rule 5: apprentices. 29 CFR 5.5(a)(4)(i): an apprentice is paid less than the journeyworker rate only when
    // registered in a bona fide program (OA or SAA) and within the program's ratio to journeyworkers; otherwise the
    // journeyworker rate for the classification. Over the ratio, the apprentices beyond it (here: latest entry numbers
    // first) are owed the journeyworker rate.
    // ---------------------------------------------------------------------------------------------------------------
    static void classify(List<CheckedRow> rows, List<ApprenticeProgram> programs, ApprenticeCensus census) {
        Map<String, List<CheckedRow>> byClass = new LinkedHashMap<>();
        for (CheckedRow r : rows) {
            byClass.computeIfAbsent(key(r.week.classification()), k -> new ArrayList<>()).add(r);
        }
        for (List<CheckedRow> group : byClass.values()) {
            ApprenticeProgram program = programs.stream().filter(ApprenticeProgram::registered)
                    .filter(p -> key(p.classification()).equals(key(group.get(0).week.classification())))
                    .findFirst().orElse(null);
            // the ratio is counted over the whole payroll's census, not only the rows in hand
            String classification = group.get(0).week.classification();
            int journeyworkers = census.journeyworkers(classification);
            Map<String, Integer> apprentices = census.apprentices(classification);
            for (CheckedRow r : group) {
                if (r.week.level() == Level.APPRENTICE) {
                    if (program == null) {
                        r.status = Kind.APPRENTICE_NOT_REGISTERED;
                    } else {
                        r.program = program;
                    }
                }
            }
            if (program == null || apprentices.isEmpty()) {
                continue;
            }
            int allowed = new BigDecimal(journeyworkers).multiply(program.maxApprenticesPerJourneyworker(), MC)
                    .setScale(0, RoundingMode.FLOOR).intValue();
            List<String> inEntryOrder = apprentices.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey).toList();
            Set<String> over = new HashSet<>(inEntryOrder.subList(Math.min(allowed, inEntryOrder.size()),
                    inEntryOrder.size()));
            for (CheckedRow r : group) {
                if (r.week.level() == Level.APPRENTICE && over.contains(r.week.workerRef())) {
                    r.status = Kind.APPRENTICE_OVER_RATIO;
                    r.statusNote = journeyworkers + " journeyworker(s) and " + apprentices.size()
                            + " apprentice(s) in " + r.week.classification() + " against a ratio of "
                            + plain(program.maxApprenticesPerJourneyworker()) + " apprentice(s) per journeyworker ("
                            + program.name() + ")";
                }
            }
        }
    }

    private static String key(String classification) {
        return classification.trim().toLowerCase(Locale.ROOT);
    }
}
