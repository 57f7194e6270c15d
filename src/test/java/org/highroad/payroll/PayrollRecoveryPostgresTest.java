package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Recovery after a crash during the checks, on a real PostgreSQL server. */
@OnPostgres
class PayrollRecoveryPostgresTest extends PayrollRecoveryTest {
}
