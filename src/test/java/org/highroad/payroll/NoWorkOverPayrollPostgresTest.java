package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** A no-work statement over reported hours, refused to the contractor and recorded by an auditor, on PostgreSQL. */
@OnPostgres
class NoWorkOverPayrollPostgresTest extends NoWorkOverPayrollTest {
}
