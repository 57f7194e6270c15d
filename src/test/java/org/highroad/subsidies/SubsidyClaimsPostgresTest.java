package org.highroad.subsidies;

import org.highroad.support.OnPostgres;

/** Claims and clawbacks on a real PostgreSQL server: a clawback recorded once is held by its unique key there too. */
@OnPostgres
class SubsidyClaimsPostgresTest extends SubsidyClaimsTest {
}
