package org.highroad.payroll.intake;

import org.highroad.support.OnPostgres;

/** The limits of the payroll's cells, errors and statement compared with the columns of a real PostgreSQL schema. */
@OnPostgres
class CellLimitsSchemaPostgresTest extends CellLimitsSchemaTest {
}
