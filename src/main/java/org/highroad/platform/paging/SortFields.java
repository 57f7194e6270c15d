package org.highroad.platform.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * The fields a list may be sorted by (the names the API shows, each with the entity properties it orders by), the
 * list's own order when the caller names none, and the unique tie-breaker every order ends with.
 */
public final class SortFields {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Sort defaultOrder;
    private final String tieBreaker;

    private SortFields(Sort defaultOrder, String tieBreaker) {
        this.defaultOrder = defaultOrder;
        this.tieBreaker = tieBreaker;
    }

    /** A list ordered by default as {@code defaultOrder}, then by the unique property {@code tieBreaker} ascending. */
    public static SortFields by(Sort defaultOrder, String tieBreaker) {
        return new SortFields(defaultOrder, tieBreaker);
    }

    /** A list ordered by default by its unique property {@code tieBreaker} in {@code direction}. */
    public static SortFields byId(String tieBreaker, Sort.Direction direction) {
        return new SortFields(Sort.by(direction, tieBreaker), tieBreaker);
    }

    /** Allows sorting by {@code name}, ordering by these properties in the direction asked for. */
    public SortFields allow(String name, String... properties) {
        fields.put(name, List.of(properties.length == 0 ? new String[] {name} : properties));
        return this;
    }

    public Set<String> names() {
        return fields.keySet();
    }

    boolean allows(String name) {
        return fields.containsKey(name);
    }

    /** The list's own order, ending with the tie-breaker. */
    Sort defaultSort() {
        return withTieBreaker(defaultOrder, Sort.Direction.ASC);
    }

    /**
     * By the field asked for, then by the tie-breaker in the same direction. Rows without a value come last either way
     * (H2 and PostgreSQL would otherwise differ: PostgreSQL ranks NULL above every value, H2 below).
     */
    Sort sort(String name, Sort.Direction direction) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String property : fields.get(name)) {
            orders.add(new Sort.Order(direction, property).nullsLast());
        }
        return withTieBreaker(Sort.by(orders), direction);
    }

    private Sort withTieBreaker(Sort sort, Sort.Direction direction) {
        return sort.getOrderFor(tieBreaker) != null ? sort : sort.and(Sort.by(direction, tieBreaker));
    }
}
