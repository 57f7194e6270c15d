package org.highroad.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list as the API answers it: the rows, which page of what size, and how many rows the caller may see in
 * all (counted by the database under the same visibility as the rows, so a contractor's total counts only its own).
 */
public record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** The same page with each row turned into what the caller reads. */
    public <R> PageView<R> map(Function<? super T, ? extends R> shown) {
        return new PageView<>(items.stream().<R>map(shown).toList(), page, size, totalElements, totalPages);
    }

    /**
     * Every row of a list read a page at a time, for a view that must show the whole of a bounded list (a contract's
     * reporting calendar needs every submission of its periods).
     */
    public static <T> List<T> every(java.util.function.IntFunction<PageView<T>> readPage) {
        List<T> rows = new java.util.ArrayList<>();
        PageView<T> read;
        int number = 0;
        do {
            read = readPage.apply(number++);
            rows.addAll(read.items());
        } while (number < read.totalPages());
        return rows;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
