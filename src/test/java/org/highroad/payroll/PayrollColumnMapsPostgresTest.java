package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Column maps, their versions and uploads read with them, on a real PostgreSQL server. */
@OnPostgres
class PayrollColumnMapsPostgresTest extends PayrollColumnMapsTest {
}
