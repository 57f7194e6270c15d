package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** Case responses sent again with their Idempotency-Key, on a real PostgreSQL server. */
@OnPostgres
class CaseResponseRetryPostgresTest extends CaseResponseRetryTest {
}
