package org.highroad.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WageRate;

/**
 * The wage floors of a standard version that bind a classification on a date: the wage-determination rate for the
 * classification (29 CFR 5.5(a)(1)) and every floor in force that day for all covered work or that classification.
 */
public record WageFloors(StandardVersionContent standard, LocalDate date) {

    /** The highest floor in force for all covered work, with its citation. */
    public Optional<WageFloor> generalFloor() {
        return standard.wageFloors().stream()
                .filter(f -> f.scope() == WageFloor.Scope.ALL_COVERED_WORK && f.inForceOn(date))
                .max(Comparator.comparing(WageFloor::hourlyRate));
    }

    /** Floors in force for one classification: its own and the general ones. */
    public List<WageFloor> floorsFor(String classification) {
        return standard.floorsFor(classification, date);
    }

    /** The prevailing rate for a classification from the first wage determination that lists it. */
    public Optional<Prevailing> prevailing(String classification) {
        for (WageDetermination wd : standard.wageDeterminations()) {
            for (WageRate rate : wd.rates()) {
                if (same(rate.classification(), classification)) {
                    return Optional.of(new Prevailing(wd, rate));
                }
            }
        }
        return Optional.empty();
    }

    /** The highest base-rate floor for a classification, prevailing rate included; empty when nothing binds it. */
    public Optional<BigDecimal> highestBaseFloor(String classification) {
        Optional<BigDecimal> own = floorsFor(classification).stream().map(WageFloor::hourlyRate).max(BigDecimal::compareTo);
        Optional<BigDecimal> prevailing = prevailing(classification).map(p -> p.rate().baseRate());
        return own.isEmpty() ? prevailing : prevailing.map(p -> p.max(own.get())).or(() -> own);
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    /** A classification's rate in a wage determination, for citing it. */
    public record Prevailing(WageDetermination determination, WageRate rate) {
        public String citation() {
            return "wage determination " + determination.number() + " mod. " + determination.modification() + ", "
                    + rate.classification() + " (29 CFR 5.5(a)(1))";
        }
    }
}
