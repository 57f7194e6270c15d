package org.highroad.enforcement.process;

import org.highroad.support.OnPostgres;

/** Subsidy recovery cases on a real PostgreSQL server: one case per clawback, held by its unique key there too. */
@OnPostgres
class SubsidyRecoveryCasePostgresTest extends SubsidyRecoveryCaseTest {
}
