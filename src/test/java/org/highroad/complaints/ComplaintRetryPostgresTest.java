package org.highroad.complaints;

import org.highroad.support.OnPostgres;

/** Complaints sent again with their Idempotency-Key, on a real PostgreSQL server (the key's unique index). */
@OnPostgres
class ComplaintRetryPostgresTest extends ComplaintRetryTest {
}
