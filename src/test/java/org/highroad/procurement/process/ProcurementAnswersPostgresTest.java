package org.highroad.procurement.process;

import org.highroad.support.OnPostgres;

/** What the engine keeps of a procurement, on a real PostgreSQL server. */
@OnPostgres
class ProcurementAnswersPostgresTest extends ProcurementAnswersContract {
}
