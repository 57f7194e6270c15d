package org.highroad.procurement;

/** Notices to bidders kept as what they say, on H2. */
class BidderNoticeWordsTest extends BidderNoticeWordsContract {
}
