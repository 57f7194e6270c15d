package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** Bulk review on a real PostgreSQL server: the same row locks, one transaction, one winner of a race. */
@OnPostgres
class BulkReviewPostgresTest extends BulkReviewContract {
}
