package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** The walkthrough payroll (intake, bulk writes, checks, findings, restitution) on a real PostgreSQL server. */
@OnPostgres
class WalkthroughPayrollPostgresTest extends WalkthroughPayrollTest {
}
