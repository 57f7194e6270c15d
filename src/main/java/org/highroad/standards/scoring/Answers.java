package org.highroad.standards.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a bidder, vendor or applicant answered, plus what the scorer needs from outside the answer itself.
 * Absent keys mean "not answered". The maps are copied, so later changes by the caller do not leak in.
 *
 * @param numbers        numeric answers keyed by {@link Criterion#metric()}
 * @param flags          yes/no answers keyed by {@link Criterion#metric()}
 * @param officerRatings ratings keyed by {@link Criterion#code()}: officers rate criteria, not metrics
 * @param lowestPrice    lowest price among the competing bids; null scores this price against itself
 */
public record Answers(
        Map<String, BigDecimal> numbers,
        Map<String, Boolean> flags,
        Map<String, BigDecimal> officerRatings,
        BigDecimal lowestPrice) {

    public Answers {
        numbers = frozen(numbers);
        flags = frozen(flags);
        officerRatings = frozen(officerRatings);
    }

    public static Answers none() {
        return new Answers(null, null, null, null);
    }

    public Answers withNumber(String metric, BigDecimal value) {
        return new Answers(plus(numbers, metric, value), flags, officerRatings, lowestPrice);
    }

    public Answers withFlag(String metric, boolean value) {
        return new Answers(numbers, plus(flags, metric, value), officerRatings, lowestPrice);
    }

    public Answers withOfficerRating(String code, BigDecimal rating) {
        return new Answers(numbers, flags, plus(officerRatings, code, rating), lowestPrice);
    }

    public Answers withLowestPrice(BigDecimal price) {
        return new Answers(numbers, flags, officerRatings, price);
    }

    BigDecimal number(String metric) {
        return numbers.get(metric);
    }

    Boolean flag(String metric) {
        return flags.get(metric);
    }

    BigDecimal rating(String code) {
        return officerRatings.get(code);
    }

    // A LinkedHashMap, not Map.copyOf: JSON may carry null values, and get(null) must answer null, not throw.
    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map));
    }

    private static <V> Map<String, V> plus(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
