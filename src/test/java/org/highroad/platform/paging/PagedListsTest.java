package org.highroad.platform.paging;

/** The paged lists on the embedded H2 database. */
class PagedListsTest extends PagedListsContract {
}
