package org.highroad.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a site visit or interview: VIOLATION_FOUND, NO_VIOLATION_FOUND or COULD_NOT_VERIFY, with the auditor's
 * notes (kept in the complaint's audit trail, never shown to the contractor).
 *
 * @param violation     for VIOLATION_FOUND only: what the visit found, as the contractor will read it in its compliance
 *                      case; it must not identify the complainant (29 CFR 5.6(a)(5))
 * @param amountOwed    for VIOLATION_FOUND only, optional: what the visit or interview substantiated as owed to the
 *                      triaged worker for the triaged payroll week, in dollars and cents (wages and fringe)
 * @param substantiated for VIOLATION_FOUND only, optional: the same for other weeks of the worker's account, by week
 *                      ending; each becomes restitution owed to that worker for that week, less what the payroll's
 *                      findings already owe for it
 */
public record SiteVisit(LocalDate visitedOn, String outcome, String notes, String violation, BigDecimal amountOwed,
        Map<LocalDate, BigDecimal> substantiated) {

    public SiteVisit {
        substantiated = substantiated == null ? Map.of() : Map.copyOf(substantiated);
    }

    /** A visit with at most the triaged week's amount. */
    public SiteVisit(LocalDate visitedOn, String outcome, String notes, String violation, BigDecimal amountOwed) {
        this(visitedOn, outcome, notes, violation, amountOwed, Map.of());
    }

    /** A visit that found no violation, or could not verify one. */
    public SiteVisit(LocalDate visitedOn, String outcome, String notes) {
        this(visitedOn, outcome, notes, null, null);
    }

    public boolean violationFound() {
        return "VIOLATION_FOUND".equals(outcome);
    }

    /** Every week's substantiated amount, the triaged week's {@code amountOwed} included, earliest week first. */
    public Map<LocalDate, BigDecimal> owedByWeek(LocalDate triagedWeek) {
        Map<LocalDate, BigDecimal> all = new TreeMap<>(substantiated);
        if (amountOwed != null) {
            all.merge(triagedWeek, amountOwed, (given, triaged) -> given);
        }
        return all;
    }

    /**
     * The weeks of a form's text field: one week a line, its last day and the amount ({@code 2027-01-16 412.50}, a
     * dollar sign and thousands commas allowed); blank lines skipped.
     *
     * @throws IllegalArgumentException naming the line that cannot be read, or a week given twice
     */
    public static Map<LocalDate, BigDecimal> weeksFromText(String text) {
        Map<LocalDate, BigDecimal> weeks = new TreeMap<>();
        if (text == null) {
            return weeks;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s:;]+", 2);
            try {
                LocalDate week = LocalDate.parse(parts[0]);
                BigDecimal amount = new BigDecimal(parts[1].replace("$", "").replace(",", "").strip());
                if (weeks.put(week, amount) != null) {
                    throw new IllegalArgumentException("line " + (i + 1) + " gives the week ending " + week + " a second time");
                }
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not a week's last day and an amount, such as "
                        + "2027-01-16 412.50");
            }
        }
        return weeks;
    }
}
