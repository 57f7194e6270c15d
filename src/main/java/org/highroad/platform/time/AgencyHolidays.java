package org.highroad.platform.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The holidays each agency observes besides the US federal ones (a state holiday, a city's own day), keyed by the
 * agency's code ({@code /api/agencies}), as observed dates:
 *
 * <pre>
 * highroad:
 *   business-days:
 *     agency-holidays:
 *       "[CITY-BOSTON]": [2026-04-20, 2027-04-19]   # Patriots' Day, Massachusetts
 * </pre>
 *
 * An agency not listed keeps the federal holidays only. Codes are matched whatever their case; a code listed twice
 * (in two spellings) is refused at start-up.
 */
@ConfigurationProperties("highroad.business-days")
public record AgencyHolidays(Map<String, List<LocalDate>> agencyHolidays) {

    public AgencyHolidays {
        Map<String, List<LocalDate>> byCode = new HashMap<>();
        Map<String, String> spelled = new HashMap<>();
        (agencyHolidays == null ? Map.<String, List<LocalDate>>of() : agencyHolidays).forEach((code, days) -> {
            if (days != null && days.contains(null)) {
                throw new IllegalArgumentException("highroad.business-days.agency-holidays." + code + ": a date is empty");
            }
            // Codes match whatever their case, so two spellings of one code are one agency: keeping either list would
            // silently drop the other's holidays and end its cure periods early. The configuration names it once.
            String earlier = spelled.putIfAbsent(key(code), code);
            if (earlier != null) {
                throw new IllegalArgumentException("highroad.business-days.agency-holidays: agency " + key(code)
                        + " is listed twice (" + earlier + " and " + code + "); list its holidays once");
            }
            byCode.put(key(code), days == null ? List.of() : List.copyOf(days));
        });
        agencyHolidays = Map.copyOf(byCode);
    }

    /** The agency's own holidays (none when it has no list). */
    public Set<LocalDate> of(String agencyCode) {
        return Set.copyOf(agencyHolidays.getOrDefault(key(agencyCode), List.of()));
    }

    static String key(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new IllegalArgumentException("an agency code is required");
        }
        return agencyCode.strip().toUpperCase(Locale.ROOT);
    }
}
