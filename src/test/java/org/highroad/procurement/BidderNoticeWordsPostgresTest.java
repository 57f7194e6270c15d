package org.highroad.procurement;

import org.highroad.support.OnPostgres;

/** Notices to bidders kept as what they say, and V89's reading of the older ones, on a real PostgreSQL server. */
@OnPostgres
class BidderNoticeWordsPostgresTest extends BidderNoticeWordsContract {
}
