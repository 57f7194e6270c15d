package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** The payroll gauges' SQL on a real PostgreSQL server. */
@OnPostgres
class PayrollGaugesPostgresTest extends PayrollGaugesTest {
}
