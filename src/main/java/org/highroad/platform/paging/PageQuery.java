package org.highroad.platform.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A checked page request: which page, how many rows, and the order, which always ends with the list's unique
 * tie-breaker (the id), so that consecutive pages neither overlap nor skip a row.
 */
public record PageQuery(int page, int size, Sort sort) {

    /** For a repository query: LIMIT {@code size} OFFSET {@code page * size} in this order, and a COUNT. */
    public Pageable pageable() {
        return PageRequest.of(page, size, sort);
    }
}
