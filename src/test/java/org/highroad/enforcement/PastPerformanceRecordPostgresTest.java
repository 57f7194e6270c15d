package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** Past performance end to end (record, eligibility, payment after the close, scorecard) on a real PostgreSQL server. */
@OnPostgres
class PastPerformanceRecordPostgresTest extends PastPerformanceRecordTest {
}
