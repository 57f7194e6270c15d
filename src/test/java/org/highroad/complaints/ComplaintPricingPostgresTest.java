package org.highroad.complaints;

import org.highroad.support.OnPostgres;

/** A worker's account priced over HTTP, on a real PostgreSQL server. */
@OnPostgres
class ComplaintPricingPostgresTest extends ComplaintPricingTest {
}
