package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Cells that cannot be stored, and full Social Security numbers, refused the same way on a real PostgreSQL server. */
@OnPostgres
class PayrollCellsPostgresTest extends PayrollCellsTest {
}
