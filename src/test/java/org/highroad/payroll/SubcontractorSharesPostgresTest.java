package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Shares and share shortfalls with a subcontractor, on a real PostgreSQL server. */
@OnPostgres
class SubcontractorSharesPostgresTest extends SubcontractorSharesTest {
}
