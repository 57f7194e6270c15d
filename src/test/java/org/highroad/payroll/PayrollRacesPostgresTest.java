package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Payrolls sent at the same moment, on a real PostgreSQL server. */
@OnPostgres
class PayrollRacesPostgresTest extends PayrollRacesTest {
}
