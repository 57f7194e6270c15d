package org.highroad.enforcement;

/** Bulk review on the embedded H2 database. */
class BulkReviewTest extends BulkReviewContract {
}
