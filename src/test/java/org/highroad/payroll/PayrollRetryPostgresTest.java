package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Technical failures, retries and values the database refuses, on a real PostgreSQL server (rows go in by COPY). */
@OnPostgres
class PayrollRetryPostgresTest extends PayrollRetryTest {
}
