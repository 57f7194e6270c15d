package org.highroad.oversight;

import org.highroad.support.OnPostgres;

/** The dashboard's reads (the cases of a set of contracts, their ledger lines, the shares summed per worker) on PostgreSQL. */
@OnPostgres
class OversightDashboardPostgresTest extends OversightDashboardTest {
}
