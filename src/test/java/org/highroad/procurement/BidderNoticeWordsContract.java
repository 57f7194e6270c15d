package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestClock;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * A notice to a bidder keeps what it says (a code and its values) beside its English sentence: the bidder's page writes
 * it in English or Spanish from those values, whatever the sentence's wording, while the API answers the sentence as
 * stored; V89 reads the values of the notices recorded before from their sentences, and leaves a sentence it cannot read
 * without a code (its page reads the English as before).
 */
abstract class BidderNoticeWordsContract extends ProcurementTest {

    @Autowired
    JdbcTemplate db;
    @Autowired
    PlatformTransactionManager transactions;

    /** An awarded solicitation: Harbor's strong bid awarded, Northside's unsuccessful, Quick Build's disqualified. */
    private record Awarded(long id, String title, long strong, long cheap, long screened) {
    }

    private Awarded awarded(String title) {
        long id = publishedSolicitation(title);
        long strong = submit(TestUsers.HARBOR, id, strongBid("1100000"));
        long cheap = submit(TestUsers.NORTHSIDE, id, middleBid("1000000"));
        long screened = submit(TestUsers.QUICK, id, strongBid("900000"));
        deadlinePasses(id);
        assertThat(review(strong, "CONFIRM", "verified", 5).status()).isEqualTo(200);
        assertThat(review(cheap, "CONFIRM", "verified", 3).status()).isEqualTo(200);
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/award",
                Map.of("bidId", strong, "reason", "Highest total score")).status()).isEqualTo(200);
        Jobs.runDue(management);
        return new Awarded(id, title, strong, cheap, screened);
    }

    @Test
    void aNoticeIsWrittenOnItsPageFromWhatItSaysNotReadBackFromItsEnglish() {
        Awarded a = awarded("Notices kept as what they say");
        BigDecimal points = bid(a.cheap()).path("totalScore").decimalValue();
        assertThat(said(a.strong())).containsExactly("awarded", a.title(), null, null, null);
        assertThat(said(a.cheap())).containsExactly("unsuccessful", a.title(), 2, points.setScale(2), null);
        List<Object> screened = said(a.screened());
        assertThat(screened.subList(0, 4)).containsExactly("disqualified", a.title(), null, null);
        assertThat((String) screened.get(4)).startsWith("ineligible vendor: UNRESOLVED_WAGE_THEFT: ");

        JsonNode told = as(TestUsers.NORTHSIDE).get("/api/solicitations/" + a.id() + "/notices").json().get(0);
        assertThat(told.path("text").asText()).as("the API answers the English sentence as stored")
                .isEqualTo("Solicitation " + a.id() + " (" + a.title() + "). Your bid ranked #2 with " + points.setScale(2)
                        + " points and was not awarded.");
        assertThat(told.has("said")).as("what it says stays the pages' own").isFalse();

        // a later wording of the English sentences does not change what the pages say
        db.update("update bidder_notice set text = 'Notice of the outcome of solicitation ' || cast(solicitation_id as varchar(20))"
                + " where solicitation_id = ?", a.id());
        PageSession northside = signedIn(TestUsers.NORTHSIDE);
        assertThat(notices(northside.get("/portal/bids/" + a.cheap() + "?lang=es").body()))
                .contains("Licitación " + a.id() + " (" + a.title() + "): su oferta quedó en el puesto n.º 2 con ",
                        " puntos y no fue adjudicada.")
                .doesNotContain("Notice of the outcome", "Solicitation");
        assertThat(notices(northside.get("/portal/bids/" + a.cheap() + "?lang=en").body()))
                .contains("Solicitation " + a.id() + " (" + a.title() + "): your bid ranked #2 with ", " points and was not awarded.");
        PageSession quick = signedIn(TestUsers.QUICK);
        assertThat(notices(quick.get("/portal/bids/" + a.screened() + "?lang=es").body()))
                .contains("Licitación " + a.id() + " (" + a.title() + "): su oferta fue descalificada: proveedor no elegible: "
                        + "robo de salario sin resolver: ")
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "Notice of the outcome", "Harbor");
        assertThat(notices(signedIn(TestUsers.HARBOR).get("/portal/bids/" + a.strong() + "?lang=es").body()))
                .contains("Licitación " + a.id() + " (" + a.title() + "): su oferta fue adjudicada.");
    }

    @Test
    void aCancelledSolicitationsNoticeSaysTheOfficersReasonInThePagesLanguage() {
        long id = publishedSolicitation("Notice of a cancellation");
        long bid = submit(TestUsers.HARBOR, id, strongBid("1100000"));
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/cancellation", Map.of("reason",
                "Funding withdrawn")).status()).isEqualTo(200);
        assertThat(said(bid)).containsExactly("cancelled", "Notice of a cancellation", null, null, "Funding withdrawn");
        db.update("update bidder_notice set text = 'reworded' where bid_id = ?", bid);
        assertThat(notices(signedIn(TestUsers.HARBOR).get("/portal/bids/" + bid + "?lang=es").body()))
                .contains("Se canceló la licitación " + id + " (Notice of a cancellation): Funding withdrawn");
    }

    /**
     * V89's statements on notices shaped as they were recorded before (no code), in a transaction rolled back
     * afterwards: each sentence Awards and Solicitations.cancel wrote is read into its values; a sentence in another
     * wording, or naming a title the solicitation no longer has, keeps no code.
     */
    @Test
    void v89ReadsTheValuesOfNoticesRecordedBeforeFromTheirSentences() throws Exception {
        Awarded a = awarded("Notices (recorded before). Read back");
        List<String> reads = Arrays.stream(Files.readString(Path.of(
                "src/main/resources/db/migration/V89__bidder_notice_said.sql")).split(";\\s*\\n"))
                .map(s -> s.replaceAll("(?m)^--.*\\n", "").strip())
                .filter(s -> s.startsWith("update bidder_notice")).toList();
        assertThat(reads).hasSize(5);
        BigDecimal score = db.queryForObject("select total_score from bid where id = ?", BigDecimal.class, a.strong());
        Integer rank = db.queryForObject("select ranking from bid where id = ?", Integer.class, a.strong());
        String head = "Solicitation " + a.id() + " (" + a.title() + ")";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long awarded = recordedBefore(a, a.strong(), "AWARDED", head + ". Your bid was awarded: " + a.title());
            long ranked = recordedBefore(a, a.strong(), "UNSUCCESSFUL", head + ". Your bid ranked #" + rank + " with " + score
                    + " points and was not awarded.");
            long disqualified = recordedBefore(a, a.screened(), "DISQUALIFIED", head + ". Your bid was disqualified: "
                    + "ineligible vendor: ACTIVE_DEBARMENT: debarred by DOL from 2026-01-05 with no end date");
            long nonResponsive = recordedBefore(a, a.cheap(), "NON_RESPONSIVE", head + ". Your bid was non-responsive: "
                    + "no wage offered for ELECTRICIAN (hyp.)");
            long cancelled = recordedBefore(a, a.cheap(), "SOLICITATION_CANCELLED", head + " was cancelled: Scope (changed). Rebid");
            long otherWording = recordedBefore(a, a.cheap(), "UNSUCCESSFUL", head + ". Your bid came second.");
            long otherTitle = recordedBefore(a, a.cheap(), "AWARDED", "Solicitation " + a.id() + " (Old title). Your bid was "
                    + "awarded: Old title");
            reads.forEach(db::update);

            assertThat(saidOfNotice(awarded)).containsExactly("awarded", a.title(), null, null, null);
            assertThat(saidOfNotice(ranked)).containsExactly("unsuccessful", a.title(), rank, score, null);
            assertThat(saidOfNotice(disqualified)).containsExactly("disqualified", a.title(), null, null,
                    "ineligible vendor: ACTIVE_DEBARMENT: debarred by DOL from 2026-01-05 with no end date");
            assertThat(saidOfNotice(nonResponsive)).containsExactly("nonResponsive", a.title(), null, null,
                    "no wage offered for ELECTRICIAN (hyp.)");
            assertThat(saidOfNotice(cancelled)).containsExactly("cancelled", a.title(), null, null, "Scope (changed). Rebid");
            assertThat(saidOfNotice(otherWording)).containsOnlyNulls();
            assertThat(saidOfNotice(otherTitle)).containsOnlyNulls();
            status.setRollbackOnly();
        });
    }

    private long recordedBefore(Awarded a, long bid, String kind, String text) {
        db.update("insert into bidder_notice (solicitation_id, bid_id, vendor_id, kind, text, created_at) "
                + "values (?, ?, 0, ?, ?, ?)", a.id(), bid, kind, text, Timestamp.from(TestClock.now()));
        return db.queryForObject("select max(id) from bidder_notice where bid_id = ? and text = ?", Long.class, bid, text);
    }

    /** What the latest notice to a bid says: code, title, rank, points, reason. */
    private List<Object> said(long bid) {
        return saidOfNotice(db.queryForObject("select max(id) from bidder_notice where bid_id = ?", Long.class, bid));
    }

    private List<Object> saidOfNotice(long id) {
        return db.queryForObject("select reason_code, solicitation_title, bid_rank, total_points, reason from bidder_notice "
                + "where id = ?", (rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2), (Object) rs.getObject(3, Integer.class),
                rs.getBigDecimal(4), rs.getString(5)), id);
    }

    /** The visible text of a portal bid page's notices. */
    private static String notices(String page) {
        java.util.regex.Matcher list = java.util.regex.Pattern.compile("(?s)id=\"bid-notices\">(.*?)</ul>").matcher(page);
        assertThat(list.find()).as(page).isTrue();
        return HtmlUtils.htmlUnescape(BidFormPagesTest.visible(list.group(1)));
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
