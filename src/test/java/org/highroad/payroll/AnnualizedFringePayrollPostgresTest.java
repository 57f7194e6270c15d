package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Annualized fringe credit (29 CFR 5.25(c)(1)) through HTTP on a real PostgreSQL server. */
@OnPostgres
class AnnualizedFringePayrollPostgresTest extends AnnualizedFringePayrollTest {
}
