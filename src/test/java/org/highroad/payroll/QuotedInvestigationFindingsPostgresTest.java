package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** V16's restatement of investigation findings on a real PostgreSQL server. */
@OnPostgres
class QuotedInvestigationFindingsPostgresTest extends QuotedInvestigationFindingsTest {
}
