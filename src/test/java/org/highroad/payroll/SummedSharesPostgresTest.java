package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** The shares summed in the database against the shares read row by row, on a real PostgreSQL server. */
@OnPostgres
class SummedSharesPostgresTest extends SummedSharesTest {
}
