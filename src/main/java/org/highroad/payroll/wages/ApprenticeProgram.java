package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An apprenticeship program listed on the Statement of Compliance (WH-347 page 2, Rev. January 2025).
 *
 * @param name                           program name
 * @param classification                 the labor classification it trains for
 * @param registered                     registered with the DOL Office of Apprenticeship or a State Apprenticeship
 *                                       Agency
 * @param registrationNumber             the program's registration number (29 CFR 29.3), which each apprentice row
 *                                       names; {@code null} when not given
 * @param maxApprenticesPerJourneyworker the allowed ratio, e.g. {@code 1} for 1:1, {@code 0.5} for 1:2
 * @param percentOfJourneyRateByLevel    per progression level the wage as a percentage of the journeyworker rate,
 *                                       in percent ({@code 1 -> 50} means 50 %)
 * @param fringePercentOfJourneyByLevel  per progression level the fringe the program sets, in percent of the
 *                                       journeyworker fringe; a level absent here owes the full fringe
 *                                       (29 CFR 5.5(a)(4)(i))
 * @param fringePerHourByLevel           per progression level the fringe per hour the wage determination sets for
 *                                       apprentices, in dollars (instead of a percentage)
 * @param fringeSource                   where the determination sets them, cited beside the fringe owed
 */
public record ApprenticeProgram(String name, String classification, boolean registered, String registrationNumber,
        BigDecimal maxApprenticesPerJourneyworker, Map<Integer, BigDecimal> percentOfJourneyRateByLevel,
        Map<Integer, BigDecimal> fringePercentOfJourneyByLevel, Map<Integer, BigDecimal> fringePerHourByLevel,
        String fringeSource) {

    /** A program whose apprentice fringes, if any, are percentages it sets. */
    public ApprenticeProgram(String name, String classification, boolean registered, String registrationNumber,
            BigDecimal maxApprenticesPerJourneyworker, Map<Integer, BigDecimal> percentOfJourneyRateByLevel,
            Map<Integer, BigDecimal> fringePercentOfJourneyByLevel) {
        this(name, classification, registered, registrationNumber, maxApprenticesPerJourneyworker,
                percentOfJourneyRateByLevel, fringePercentOfJourneyByLevel, Map.of(), null);
    }

    public ApprenticeProgram {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(maxApprenticesPerJourneyworker, "maxApprenticesPerJourneyworker");
        percentOfJourneyRateByLevel = percentOfJourneyRateByLevel == null ? Map.of()
                : Map.copyOf(percentOfJourneyRateByLevel);
        fringePercentOfJourneyByLevel = fringePercentOfJourneyByLevel == null ? Map.of()
                : Map.copyOf(fringePercentOfJourneyByLevel);
        fringePerHourByLevel = fringePerHourByLevel == null ? Map.of() : Map.copyOf(fringePerHourByLevel);
    }

    /** A program without a registration number on file and with the full fringe at every level. */
    public ApprenticeProgram(String name, String classification, boolean registered,
            BigDecimal maxApprenticesPerJourneyworker, Map<Integer, BigDecimal> percentOfJourneyRateByLevel) {
        this(name, classification, registered, null, maxApprenticesPerJourneyworker, percentOfJourneyRateByLevel,
                Map.of());
    }
}
