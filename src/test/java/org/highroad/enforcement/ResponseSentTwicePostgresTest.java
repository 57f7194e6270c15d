package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** The contractor's plan and correction forms sent twice at once, on a real PostgreSQL server. */
@OnPostgres
class ResponseSentTwicePostgresTest extends ResponseSentTwiceTest {
}
