package org.highroad.platform.paging;

import org.highroad.support.OnPostgres;

/** The paged lists on a real PostgreSQL server: the same LIMIT/OFFSET, COUNT and visibility queries there. */
@OnPostgres
class PagedListsPostgresTest extends PagedListsContract {
}
