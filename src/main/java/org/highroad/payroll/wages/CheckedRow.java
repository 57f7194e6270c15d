package org.highroad.payroll.wages;

import static org.highroad.payroll.wages.WageCheck.REG_APPRENTICE;
import static org.highroad.payroll.wages.WageCheck.REG_WAGES;
import static org.highroad.payroll.wages.WageMath.cents;
import static org.highroad.payroll.wages.WageMath.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.platform.money.Money;

/** One worker row under check: its apprentice status and what it is owed, turned into findings and restitution. */
final class CheckedRow {

    final int index;
    final WorkerWeek week;
    /** APPRENTICE_NOT_REGISTERED when the apprentice is owed the journeyworker rate for all hours. */
    Kind status;
    String statusNote;
    ApprenticeProgram program;
    /** The days the apprentice was over the program's ratio, each with what the day counted (rule 5). */
    final Map<LocalDate, String> overRatio = new TreeMap<>();
    ApprenticeProgram overRatioProgram;
    final Map<Kind, Acc> accs = new EnumMap<>(Kind.class);
    final Map<Bucket, BigDecimal> components = new EnumMap<>(Bucket.class);
    final Map<LocalDate, BigDecimal> uncovered = new TreeMap<>();

    CheckedRow(int index, WorkerWeek week) {
        this.index = index;
        this.week = week;
    }

    List<WageFinding> findings() {
        List<WageFinding> out = new ArrayList<>();
        String who = "Entry " + week.entryNumber() + " (ref " + week.workerRef() + "), " + week.classification()
                + ": ";
        if (!uncovered.isEmpty()) {
            StringBuilder days = new StringBuilder();
            uncovered.forEach((d, h) -> days.append(days.isEmpty() ? "" : ", ").append(d).append(" (")
                    .append(plain(h)).append(" h)"));
            out.add(new WageFinding(Kind.UNCOVERED_CLASSIFICATION, week.entryNumber(), week.workerRef(),
                    week.classification(), uncovered.size() == 1 ? uncovered.keySet().iterator().next() : null,
                    null, who + "the contract has no wage commitment for this classification on " + days
                            + "; wages not checked for those days until the classification is conformed.",
                    REG_WAGES));
        }
        if (status != null && !accs.containsKey(status)) {
            accs.put(status, new Acc()); // the status is a finding even when the journey rate was paid
        }
        if (!overRatio.isEmpty() && !accs.containsKey(Kind.APPRENTICE_OVER_RATIO)) {
            accs.put(Kind.APPRENTICE_OVER_RATIO, new Acc());
        }
        for (var e : accs.entrySet()) {
            Acc acc = e.getValue();
            String reason = "";
            if (e.getKey() == Kind.APPRENTICE_NOT_REGISTERED) {
                reason = "listed as an apprentice but not shown registered in a program on file (" + statusNote
                        + "), so the journeyworker rate is owed for all hours. ";
            } else if (e.getKey() == Kind.APPRENTICE_OVER_RATIO) {
                reason = "apprentice " + ApprenticeStatus.overRatioNote(this)
                        + ", so the journeyworker rate is owed for the hours of those days. ";
            }
            String detail = who + reason + (acc.notes.isEmpty() ? "" : String.join("; ", acc.notes) + ". ")
                    + "Total owed " + Money.of(acc.amount).format(Locale.US) + ".";
            String citation = acc.citations.isEmpty() ? REG_APPRENTICE : String.join(" | ", acc.citations);
            out.add(new WageFinding(e.getKey(), week.entryNumber(), week.workerRef(), week.classification(),
                    acc.dates.size() == 1 ? acc.dates.iterator().next() : null, cents(acc.amount), detail,
                    citation));
        }
        return out;
    }

    Restitution restitution() {
        // Rule 7: round each component once per worker row, total = sum of the rounded components.
        BigDecimal base = cents(components.getOrDefault(Bucket.BASE, BigDecimal.ZERO));
        BigDecimal overtime = cents(components.getOrDefault(Bucket.OVERTIME, BigDecimal.ZERO));
        BigDecimal fringe = cents(components.getOrDefault(Bucket.FRINGE, BigDecimal.ZERO));
        return new Restitution(week.workerRef(), week.entryNumber(), week.classification(), base, overtime,
                fringe, base.add(overtime).add(fringe));
    }

    /** The restitution components. */
    enum Bucket {
        BASE, OVERTIME, FRINGE
    }

    /** What one kind of finding on the row adds up to. */
    static final class Acc {
        BigDecimal amount = BigDecimal.ZERO;
        final Set<LocalDate> dates = new LinkedHashSet<>();
        final Set<String> citations = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();
    }
}
