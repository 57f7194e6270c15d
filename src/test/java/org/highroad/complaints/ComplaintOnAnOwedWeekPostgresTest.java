package org.highroad.complaints;

import org.highroad.support.OnPostgres;

/** A complaint about a week the payroll already owes, on a real PostgreSQL server. */
@OnPostgres
class ComplaintOnAnOwedWeekPostgresTest extends ComplaintOnAnOwedWeekTest {
}
