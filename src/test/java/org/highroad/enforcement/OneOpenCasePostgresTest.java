package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** One open case per contract and contractor, raced by late-report timers, on a real PostgreSQL server. */
@OnPostgres
class OneOpenCasePostgresTest extends OneOpenCaseTest {
}
