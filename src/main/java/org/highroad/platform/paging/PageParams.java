package org.highroad.platform.paging;

/**
 * The page a caller asks a list for, as sent in the query string ({@code ?page=0&size=50&sort=openedAt,desc}), not yet
 * checked: {@link #query(SortFields)} checks it against what the list allows. Each is optional.
 *
 * @param page the page number, counted from 0
 * @param size rows per page, 1 to {@link Paging#MAX_SIZE} ({@link Paging#DEFAULT_SIZE} if absent)
 * @param sort one of the list's sort fields, then {@code asc} or {@code desc} ({@code field} alone is ascending)
 */
public record PageParams(String page, String size, String sort) {

    /** No parameters: the first page, the default size and the list's own order. */
    public static PageParams first() {
        return new PageParams(null, null, null);
    }

    /** The page checked against what the list allows (400 naming each field that is wrong). */
    public PageQuery query(SortFields fields) {
        return Paging.parse(this, fields);
    }
}
