package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** A contract reporting quarterly, end to end, on a real PostgreSQL server. */
@OnPostgres
class QuarterlyPayrollPostgresTest extends QuarterlyPayrollTest {
}
