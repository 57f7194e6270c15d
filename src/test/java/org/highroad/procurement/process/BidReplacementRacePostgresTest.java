package org.highroad.procurement.process;

import org.highroad.support.OnPostgres;

/** A bid replaced while its screening runs, on a real PostgreSQL server (its row locks and read committed). */
@OnPostgres
class BidReplacementRacePostgresTest extends BidReplacementRaceTest {
}
