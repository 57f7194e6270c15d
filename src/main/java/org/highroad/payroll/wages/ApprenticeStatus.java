package org.highroad.payroll.wages;

import static org.highroad.payroll.wages.WageMath.MC;
import static org.highroad.payroll.wages.WageMath.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highroad.payroll.wages.ApprenticeCensus.Apprentice;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;

/** Sets each apprentice row's program, or the status that makes it owed the journeyworker rate. */
final class ApprenticeStatus {

    private ApprenticeStatus() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rule 5: apprentices. 29 CFR 5.5(a)(4)(i): an apprentice is paid less than the journeyworker rate only when
    // individually registered in a program registered with the DOL Office of Apprenticeship or a State Apprenticeship
    // Agency (29 CFR 5.2, "apprentice") and within that program's ratio to journeyworkers; any worker listed as an
    // apprentice but not so registered is owed the journeyworker rate for the classification for all hours worked.
    // A row is registered when the registration number it names is that of a registered program on the Statement of
    // Compliance for its classification; a row naming none is taken as registered in the classification's first
    // registered program on the statement (payrolls filed before the WH-347 Rev. January 2025 asked it per row).
    //
    // Ratio (29 CFR 5.5(a)(4)(i)): the journeyworkers of the classification on the payroll admit floor(journeyworkers
    // × the program's ratio) of its apprentices. Who is admitted does not depend on row order: apprentices are admitted
    // from the highest progression level down, ties by worker ref ascending; the rest are over the ratio and owed the
    // journeyworker base and fringe. Admitting the most advanced first leaves the largest difference to the apprentices
    // over the ratio, so restitution is never understated by how the contractor ordered the file.
    // ---------------------------------------------------------------------------------------------------------------
    static void classify(List<CheckedRow> rows, List<ApprenticeProgram> programs, ApprenticeCensus census) {
        Map<String, List<CheckedRow>> byClass = new LinkedHashMap<>();
        for (CheckedRow r : rows) {
            byClass.computeIfAbsent(key(r.week.classification()), k -> new ArrayList<>()).add(r);
        }
        for (List<CheckedRow> group : byClass.values()) {
            String classification = group.get(0).week.classification();
            List<ApprenticeProgram> registered = programs.stream().filter(ApprenticeProgram::registered)
                    .filter(p -> key(p.classification()).equals(key(classification))).toList();
            for (CheckedRow r : group) {
                if (r.week.level() == Level.APPRENTICE) {
                    ApprenticeProgram program = programFor(registered, r.week.apprenticeRegistration());
                    if (program == null) {
                        r.status = Kind.APPRENTICE_NOT_REGISTERED;
                    } else {
                        r.program = program;
                    }
                }
            }
            // the ratio is counted over the whole payroll's census, not only the rows in hand
            int journeyworkers = census.journeyworkers(classification);
            Map<String, Apprentice> apprentices = census.apprentices(classification);
            for (ApprenticeProgram program : registered) {
                List<String> admittedFirst = apprentices.entrySet().stream()
                        .filter(e -> programFor(registered, e.getValue().registration()) == program)
                        .sorted(Comparator.comparing((Map.Entry<String, Apprentice> e) -> e.getValue().level())
                                .reversed().thenComparing(Map.Entry::getKey))
                        .map(Map.Entry::getKey).toList();
                int allowed = new BigDecimal(journeyworkers).multiply(program.maxApprenticesPerJourneyworker(), MC)
                        .setScale(0, RoundingMode.FLOOR).intValue();
                if (admittedFirst.size() <= allowed) {
                    continue;
                }
                Set<String> over = new HashSet<>(admittedFirst.subList(allowed, admittedFirst.size()));
                for (CheckedRow r : group) {
                    if (r.program == program && over.contains(r.week.workerRef())) {
                        r.status = Kind.APPRENTICE_OVER_RATIO;
                        r.statusNote = journeyworkers + " journeyworker(s) and " + admittedFirst.size()
                                + " apprentice(s) in " + classification + " against a ratio of "
                                + plain(program.maxApprenticesPerJourneyworker()) + " apprentice(s) per journeyworker ("
                                + program.name() + "); admitted from the highest progression level down";
                    }
                }
            }
        }
    }

    /** The registered program a row's registration names, or the first registered one when the row names none. */
    private static ApprenticeProgram programFor(List<ApprenticeProgram> registered, String registration) {
        if (registration == null) {
            return registered.isEmpty() ? null : registered.get(0);
        }
        String wanted = normalized(registration);
        return registered.stream().filter(p -> p.registrationNumber() != null)
                .filter(p -> normalized(p.registrationNumber()).equals(wanted)).findFirst().orElse(null);
    }

    private static String normalized(String registration) {
        return registration.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String key(String classification) {
        return classification.trim().toLowerCase(Locale.ROOT);
    }
}
