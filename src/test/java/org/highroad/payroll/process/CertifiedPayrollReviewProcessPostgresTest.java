package org.highroad.payroll.process;

import org.highroad.support.OnPostgres;

/** Late reports, the reporting status and the utilization queries on a real PostgreSQL server. */
@OnPostgres
class CertifiedPayrollReviewProcessPostgresTest extends CertifiedPayrollReviewProcessTest {
}
