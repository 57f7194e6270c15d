package org.highroad.platform.paging;

import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.platform.validation.Violation;
import org.springframework.data.domain.Sort;

/**
 * The one way every list of the API is paged: {@code page} from 0, {@code size} 1 to {@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}), {@code sort} one whitelisted field and a direction. Anything else is a 400 naming the field
 * (and, for the sort, the fields allowed), never a 500 and never a silent default. The database answers one page
 * (LIMIT and OFFSET) and a COUNT; no list is loaded whole and sliced (docs/adr/0017-paged-lists.md).
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    /** A page is at most this many rows: enough for a screen or an export loop, small enough for one answer. */
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** The page asked for, checked; every wrong parameter named at once. */
    public static PageQuery parse(PageParams params, SortFields fields) {
        List<Violation> violations = new ArrayList<>();
        int page = 0;
        int size = DEFAULT_SIZE;
        if (present(params.page())) {
            Integer value = whole(params.page());
            if (value == null || value < 0) {
                violations.add(new Violation("page", "must be a whole number from 0 (the first page), got '" + params.page() + "'"));
            } else {
                page = value;
            }
        }
        if (present(params.size())) {
            Integer value = whole(params.size());
            if (value == null || value < 1 || value > MAX_SIZE) {
                violations.add(new Violation("size", "must be a whole number from 1 to " + MAX_SIZE + ", got '" + params.size() + "'"));
            } else {
                size = value;
            }
        }
        Sort sort = fields.defaultSort();
        if (present(params.sort())) {
            Sort asked = sort(params.sort().strip(), fields, violations);
            if (asked != null) {
                sort = asked;
            }
        }
        if (!violations.isEmpty()) {
            throw new MalformedRequestException(violations);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new MalformedRequestException("page", "is beyond any list: page times size must stay below " + Integer.MAX_VALUE);
        }
        return new PageQuery(page, size, sort);
    }

    private static Sort sort(String text, SortFields fields, List<Violation> violations) {
        if (fields.names().isEmpty()) {
            violations.add(new Violation("sort", "this list has one order and takes no sort, got '" + text + "'"));
            return null;
        }
        String[] parts = text.split(",", -1);
        String allowed = "one of " + String.join(", ", fields.names()) + ", then ',asc' or ',desc'";
        if (parts.length > 2) {
            violations.add(new Violation("sort", "must be one field and a direction: " + allowed + ", got '" + text + "'"));
            return null;
        }
        String name = parts[0].strip();
        if (!fields.allows(name)) {
            violations.add(new Violation("sort", "must be " + allowed + ", got '" + name + "'"));
            return null;
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length == 2) {
            String dir = parts[1].strip().toLowerCase(java.util.Locale.ROOT);
            if (dir.equals("desc")) {
                direction = Sort.Direction.DESC;
            } else if (!dir.equals("asc")) {
                violations.add(new Violation("sort", "direction must be 'asc' or 'desc', got '" + parts[1] + "'"));
                return null;
            }
        }
        return fields.sort(name, direction);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Integer whole(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,10}")) {
            return null;
        }
        long value = Long.parseLong(t);
        return value > Integer.MAX_VALUE ? null : (int) value;
    }
}
