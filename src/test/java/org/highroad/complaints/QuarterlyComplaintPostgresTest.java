package org.highroad.complaints;

import org.highroad.support.OnPostgres;

/** Worker complaints on a contract that reports quarterly, end to end, on a real PostgreSQL server. */
@OnPostgres
class QuarterlyComplaintPostgresTest extends QuarterlyComplaintTest {
}
