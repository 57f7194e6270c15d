package org.highroad.payroll.wages;

import static org.highroad.payroll.wages.WageMath.MC;
import static org.highroad.payroll.wages.WageMath.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highroad.payroll.wages.ApprenticeCensus.Apprentice;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;

/** Sets each apprentice row's program, or the status (for all days, or the days over the ratio) that owes it the journeyworker rate. */
final class ApprenticeStatus {

    private ApprenticeStatus() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rule 5: apprentices. 29 CFR 5.5(a)(4)(i): an apprentice is paid less than the journeyworker rate only when
    // individually registered in a program registered with the DOL Office of Apprenticeship or a State Apprenticeship
    // Agency (29 CFR 5.2, "apprentice") and within that program's ratio to journeyworkers on the job site; any worker
    // listed as an apprentice but not so registered is owed the journeyworker rate for the classification for all hours
    // worked, and an apprentice over the ratio the journeyworker rate for the hours over it.
    //
    // Registration: a row is registered when the registration number it names is that of a registered program on the
    // Statement of Compliance for its classification (case and blanks ignored). A payroll whose layout asks each
    // apprentice's registration (the WH-347 Rev. January 2025, Highroad's CSV with its apprentice_registration column,
    // docs/payroll-csv.md) and whose row names none does not show the apprentice registered in a program on file: the
    // journeyworker rate for all hours. Only a payroll in a layout that never asked it per row (no such column: the Rev.
    // 2008 form, whose Statement of Compliance certified apprentices registered as a whole) takes an unnamed
    // apprentice as registered in the classification's first registered program on the statement, the one program the
    // statement offers; the statement's order, never the rows', decides it.
    //
    // Ratio, per day (29 CFR 5.5(a)(4)(i): the ratio of apprentices to journeyworkers on the job site; an apprentice
    // over it is paid the journeyworker rate for the work performed): on each day, the journeyworkers of the
    // classification on the payroll with hours that day admit floor(journeyworkers × the program's ratio) of the
    // program's apprentices with hours that day. Who is admitted does not depend on row order: each day, apprentices are
    // admitted from the highest progression level down, ties by worker ref ascending; the rest are over the ratio that
    // day and owed the journeyworker base and fringe for their hours of that day. Admitting the most advanced first
    // leaves the largest difference to the apprentices over the ratio, so restitution is never understated by how the
    // contractor ordered the file.
    // ---------------------------------------------------------------------------------------------------------------
    static void classify(List<CheckedRow> rows, List<ApprenticeProgram> programs, ApprenticeCensus census) {
        Map<String, List<CheckedRow>> byClass = new LinkedHashMap<>();
        for (CheckedRow r : rows) {
            byClass.computeIfAbsent(key(r.week.classification()), k -> new ArrayList<>()).add(r);
        }
        boolean named = census.registrationsNamed();
        for (List<CheckedRow> group : byClass.values()) {
            String classification = group.get(0).week.classification();
            List<ApprenticeProgram> registered = programs.stream().filter(ApprenticeProgram::registered)
                    .filter(p -> key(p.classification()).equals(key(classification))).toList();
            for (CheckedRow r : group) {
                if (r.week.level() == Level.APPRENTICE) {
                    ApprenticeProgram program = programFor(registered, r.week.apprenticeRegistration(), named);
                    if (program == null) {
                        r.status = Kind.APPRENTICE_NOT_REGISTERED;
                        r.statusNote = registered.isEmpty()
                                ? "no registered program for " + classification + " is on the Statement of Compliance"
                                : r.week.apprenticeRegistration() == null
                                        ? "the row names no program registration, which the payroll asks of each apprentice"
                                        : "the registration the row names is not that of a registered program for "
                                                + classification + " on the Statement of Compliance";
                    } else {
                        r.program = program;
                    }
                }
            }
            // the ratio is counted over the whole payroll's census, day by day, not only the rows in hand; the census
            // is the same for every few workers of a large payroll checked in turn, so each day's verdict is reached
            // once per census, not once per chunk of rows
            List<OverRatioDay> verdicts = census.once(List.of("over-ratio", key(classification), registered, named),
                    () -> overRatioDays(classification, registered, named, census));
            for (OverRatioDay v : verdicts) {
                ApprenticeProgram program = registered.get(v.program());
                for (CheckedRow r : group) {
                    if (r.program == program && r.status == null && v.over().contains(r.week.workerRef())) {
                        r.overRatio.put(v.day(), v.note());
                        r.overRatioProgram = program;
                    }
                }
            }
        }
    }

    /** A day on which some of a registered program's apprentices (by worker ref) were over the ratio. */
    private record OverRatioDay(int program, LocalDate day, Set<String> over, String note) {
    }

    /**
     * Per registered program (its index in {@code registered}) and day, the apprentices over the ratio, from the census
     * of the whole payroll: the days with none over are left out.
     */
    private static List<OverRatioDay> overRatioDays(String classification, List<ApprenticeProgram> registered, boolean named,
            ApprenticeCensus census) {
        List<OverRatioDay> verdicts = new ArrayList<>();
        Map<String, Apprentice> apprentices = census.apprentices(classification);
        Map<LocalDate, Set<String>> days = census.apprenticeDays(classification);
        for (int i = 0; i < registered.size(); i++) {
            ApprenticeProgram program = registered.get(i);
            for (var day : days.entrySet()) {
                List<String> admittedFirst = day.getValue().stream()
                        .filter(ref -> apprentices.containsKey(ref)
                                && programFor(registered, apprentices.get(ref).registration(), named) == program)
                        .sorted(Comparator.comparing((String ref) -> apprentices.get(ref).level()).reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .toList();
                int journeyworkers = census.journeyworkersOn(classification, day.getKey());
                int allowed = new BigDecimal(journeyworkers).multiply(program.maxApprenticesPerJourneyworker(), MC)
                        .setScale(0, RoundingMode.FLOOR).intValue();
                if (admittedFirst.size() <= allowed) {
                    continue;
                }
                Set<String> over = Set.copyOf(admittedFirst.subList(allowed, admittedFirst.size()));
                String note = day.getKey() + " (" + journeyworkers + " journeyworker(s), " + admittedFirst.size()
                        + " apprentice(s))";
                verdicts.add(new OverRatioDay(i, day.getKey(), over, note));
            }
        }
        return verdicts;
    }

    /** What a finding says of the days an apprentice was over the ratio. */
    static String overRatioNote(CheckedRow r) {
        return "over the ratio on " + String.join(", ", r.overRatio.values()) + " in " + r.week.classification()
                + " against a ratio of " + plain(r.overRatioProgram.maxApprenticesPerJourneyworker())
                + " apprentice(s) per journeyworker on the job (" + r.overRatioProgram.name()
                + "); admitted each day from the highest progression level down";
    }

    /**
     * The registered program a row's registration names; for a row naming none, nothing where the payroll asks each
     * apprentice's registration, else the classification's first registered program.
     */
    private static ApprenticeProgram programFor(List<ApprenticeProgram> registered, String registration, boolean named) {
        if (registration == null) {
            return named || registered.isEmpty() ? null : registered.get(0);
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
