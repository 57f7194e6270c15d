package org.highroad.procurement;

import org.highroad.support.OnPostgres;

/** The procurement walkthrough on a real PostgreSQL server. */
@OnPostgres
class ProcurementEndToEndPostgresTest extends ProcurementEndToEndContract {
}
