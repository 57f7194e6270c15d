package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Bids from the portal: an open solicitation listed, its bid form asking the wages per classification and the
 * commitments its rubric scores, a mistake shown at its field, the bid filed as the API files it, sealed (another
 * contractor finds neither the bid nor it in its list, 404), and after the award the notice on the bid's page.
 */
class PortalBidPagesTest extends CaseTest {

    @Test
    void harborBidsOnAnOpenSolicitationSealedFromOthersAndReadsItsNoticeAfterTheAward() {
        long solicitation = publishedSolicitation("Portal bid pages");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page list = harbor.get("/portal/bids");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"solicitation-" + solicitation + "\"", "Portal bid pages");
        Page form = harbor.get("/portal/bids/solicitations/" + solicitation);
        assertThat(form.status()).isEqualTo(200);
        // the rubric of the procurement tests' standard scores local hiring and asks about a collective agreement
        assertThat(form.body()).contains("for=\"offer0-baseRate\"", "for=\"offer1-fringeRate\"",
                "for=\"localResidentHoursSharePercent\"", "Scored by:");

        Map<String, String> bid = strong();
        bid.put("price", "lots");
        bid.put("offer0-baseRate", "");
        Page wrong = harbor.post("/portal/bids/solicitations/" + solicitation, bid);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("href=\"#price\"", "id=\"price-error\"", "href=\"#offer0-baseRate\"",
                "aria-invalid=\"true\"");

        Page filed = harbor.post("/portal/bids/solicitations/" + solicitation, strong());
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        String path = filed.location().replaceFirst("^https?://[^/]+", "");
        long bidId = Long.parseLong(path.replaceAll("^/portal/bids/(\\d+).*$", "$1"));
        Jobs.runDue(management);
        JsonNode api = as(TestUsers.HARBOR).get("/api/bids/" + bidId).json();
        assertThat(api.path("commitments").path("price").decimalValue()).isEqualByComparingTo("1100000");
        assertThat(api.path("commitments").path("localResidentHoursSharePercent").decimalValue()).isEqualByComparingTo("51");
        assertThat(api.path("commitments").path("wageOffers").get(0).path("baseRate").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(harbor.get(path).body()).contains("id=\"bid-submitted\"", "$1,100,000.00");
        assertThat(harbor.get("/portal/bids").body()).contains("id=\"bid-" + bidId + "\"");

        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        Page sealed = northside.get("/portal/bids/" + bidId);
        assertThat(sealed.status()).isEqualTo(404);
        assertThat(sealed.body()).doesNotContain("1,100,000");
        assertThat(northside.get("/portal/bids").body()).doesNotContain("id=\"bid-" + bidId + "\"");
        assertThat(harbor.postWithout("/portal/bids/solicitations/" + solicitation, strong()).status()).isEqualTo(403);

        deadlinePasses(solicitation);
        review(bidId, "CONFIRM", "verified", 5);
        as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bidId, "reason", "top"));
        Jobs.runDue(management);
        Page awarded = harbor.get(path.replaceAll("\\?.*$", ""));
        assertThat(awarded.body()).contains("id=\"bid-notices\"", "Awarded");
        assertThat(northside.get(path.replaceAll("\\?.*$", "")).status()).as("still not another's to read").isEqualTo(404);
        assertThat(harbor.get("/portal/bids/" + bidId + "?lang=es").body()).contains("Avisos", "Adjudicada");
    }

    /** The procurement tests' strong bid, as typed into the form. */
    private static Map<String, String> strong() {
        Map<String, String> f = new HashMap<>();
        f.put("price", "1,100,000");
        f.put("offer0-baseRate", "60.00");
        f.put("offer0-fringeRate", "31.40");
        f.put("offer1-baseRate", "45.00");
        f.put("offer1-fringeRate", "26.85");
        f.put("employerHealthPremiumSharePercent", "100");
        f.put("paidLeaveDaysPerYear", "15");
        f.put("retirementContributionPercent", "6");
        f.put("scheduleNoticeDays", "14");
        f.put("fullTimeSharePercent", "90");
        f.put("localResidentHoursSharePercent", "51");
        f.put("peopleOfColorHoursSharePercent", "40");
        f.put("womenHoursSharePercent", "12");
        f.put("apprenticeHoursSharePercent", "20");
        f.put("trainingHoursPerWorkerPerYear", "40");
        f.put("advancementPlan", "Journey-level pathway with quarterly reviews");
        f.put("hasCollectiveAgreement", "yes");
        f.put("hasWorkerCommittee", "yes");
        f.put("seriousSafetyCitationsLast3Years", "0");
        return f;
    }
}
