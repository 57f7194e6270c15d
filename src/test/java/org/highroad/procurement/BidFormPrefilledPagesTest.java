package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A bid sent again starts from the vendor's current bid: the form is filled with its price, offers, commitments and
 * statements, so a bidder changing only the price keeps the rest. Only the vendor's own bid: another vendor's form
 * stays empty.
 */
class BidFormPrefilledPagesTest extends ProcurementTest {

    @Test
    void theFormStartsFromTheVendorsCurrentBidAndAnotherVendorsFormStaysEmpty() {
        long id = publishedSolicitation("Bid sent again starts from the current one");
        PageSession harbor = signedIn(TestUsers.HARBOR);
        String empty = harbor.get("/portal/bids/solicitations/" + id).body();
        assertThat(empty).doesNotContain("id=\"prefilled\"").contains("name=\"price\" required value=\"\"");

        Map<String, String> bid = BidFormPagesTest.goodBid();
        bid.put("statement-EARNINGS", "SECRETHARBOR wages above the prevailing rate");
        bid.put("localResidentHoursSharePercent", "51");
        Page filed = harbor.post("/portal/bids/solicitations/" + id, bid);
        assertThat(filed.status()).as(filed.body()).isIn(302, 303);
        org.highroad.support.Jobs.runDue(management);

        String again = harbor.get("/portal/bids/solicitations/" + id).body();
        assertThat(again).contains("id=\"prefilled\"", "value=\"1100000.00\"", "id=\"offer0-baseRate\" name=\"offer0-baseRate\" value=\"60.00\"",
                "id=\"offer1-fringeRate\" name=\"offer1-fringeRate\" value=\"26.85\"", "value=\"14\"", "value=\"51\"",
                "SECRETHARBOR wages above the prevailing rate", "<option value=\"yes\" selected=\"selected\"");

        // only the price changed: the new bid keeps every other answer
        Map<String, String> resent = BidFormPagesTest.goodBid();
        resent.put("price", "1000000.00");
        resent.put("statement-EARNINGS", "SECRETHARBOR wages above the prevailing rate");
        resent.put("localResidentHoursSharePercent", "51");
        assertThat(harbor.post("/portal/bids/solicitations/" + id, resent).status()).isIn(302, 303);
        org.highroad.support.Jobs.runDue(management);
        assertThat(harbor.get("/portal/bids/solicitations/" + id).body()).contains("value=\"1000000.00\"")
                .doesNotContain("value=\"1100000.00\"");

        PageSession northside = signedIn(TestUsers.NORTHSIDE);
        String other = northside.get("/portal/bids/solicitations/" + id).body();
        assertThat(other).doesNotContain("id=\"prefilled\"", "SECRETHARBOR", "value=\"1100000.00\"", "value=\"1000000.00\"", "value=\"60.00\"")
                .contains("name=\"price\" required value=\"\"");
    }

    PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
