package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.platform.process.FormText;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Past performance end to end, for vendors registered by the test (so no other test's history is theirs): a case's
 * outcome becomes an entry of the vendor's record, refuses its next bid under the wage-theft rule naming the entry,
 * is resolved by the payment that completes the restitution (eligible again from that day), and shows in the next
 * bid's scorecard with the case behind it; a subcontractor's unpaid wages are recorded against the liable prime; who
 * reads and answers a record.
 *
 * <p>Each contract runs one week (2027-01-04 to 2027-01-09), so the only payroll due is the week the test reports:
 * 2 workers × 40 hours = 80 hours, reported the day after the week (on time), one UNDERPAID_BASE finding confirmed
 * ($200.00 owed to Lee, 5678), the share shortfalls dismissed.
 */
class PastPerformanceRecordTest extends CaseTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private UserDirectory directory;

    /** A contractor user and the vendor it acts for, new for the test. */
    record Contractor(String user, long vendorId) {
    }

    private Contractor newContractor(String name) {
        int n = SEQUENCE.incrementAndGet();
        String user = "pp" + n + "x" + System.nanoTime() % 100_000;
        Response registered = as(TestUsers.OFFICER).post("/api/vendors", Map.of("legalName", name + " " + user));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long vendor = registered.json().path("id").asLong();
        directory.createUser(user, "Pat", "Past", user + "@test.example", TestUsers.PASSWORD, Role.CONTRACTOR);
        assertThat(as(TestUsers.ADMIN).put("/api/vendors/" + vendor + "/users/" + user, "").status()).isEqualTo(204);
        return new Contractor(user, vendor);
    }

    /** An executed one-week contract of the demo standard, the contractor's Statement of Compliance on file. */
    private long contractFor(Contractor prime, String title) {
        return contractFor(prime, publishedSolicitation(title), null);
    }

    /** The same on a published solicitation; {@code statementJson} is the Statement of Compliance (null: no program). */
    private long contractFor(Contractor prime, long solicitation, String statementJson) {
        String title = "Past performance contract " + solicitation;
        long bid = submit(prime.user(), solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        review(bid, "CONFIRM", "verified", 5);
        as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "top"));
        Jobs.runDue(management);
        long id = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                id = c.path("id").asLong();
            }
        }
        as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", title, "value", 1100000,
                "periodStart", "2027-01-04", "periodEnd", "2027-01-09"));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        Response accepted = as(prime.user()).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Response filed = statementJson == null
                ? as(prime.user()).post("/api/contracts/" + id + "/compliance-statements", statement(List.of()))
                : send(prime.user(), "/api/contracts/" + id + "/compliance-statements", "application/json", statementJson);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return id;
    }

    /** The case opened by the contractor's underpaid week, its underpayment confirmed and the rest dismissed. */
    private long underpaidCase(Contractor contractor, long contract) {
        Response upload = post(contractor.user(), contract, WEEK, UNDERPAID);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long caseId = caseOf(contract, contractor.vendorId()).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        return caseId;
    }

    /**
     * A standard like the demo one, adopted for the test, whose rubric gives 15 of PRICE's 40 points to past
     * performance, as the README does with {@code docs/walkthrough/past-performance-criteria.json}: on-time reporting
     * 4 (0 at 80 %, 4 at 100 %), findings per 1,000 hours 4 (DMN past-performance-findings-tiers), restitution cured
     * in time 4 (0 at 0 %, 4 at 100 %), workforce commitments met 3 (0 at 50 %, 3 at 100 %); neutral 100 % without
     * history; 3 years' look-back.
     */
    private String pastPerformanceStandard() {
        return pastPerformanceStandard(TestUsers.REVIEWER);
    }

    /** The same, adopted by {@code adopter}, an administrator who did not propose it (four eyes). */
    private String pastPerformanceStandard(String adopter) {
        String code = "PAST-PERF-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        ObjectNode version = Http.JSON.valueToTree(standards.version(STANDARD, 1).content());
        ArrayNode rubric = (ArrayNode) version.get("rubric");
        for (JsonNode c : rubric) {
            if (c.path("kind").asText().equals("PRICE")) {
                ((ObjectNode) c).put("weight", 25);
            }
        }
        try {
            rubric.addAll((ArrayNode) Http.JSON.readTree(Files.readString(Path.of("docs/walkthrough/past-performance-criteria.json"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ObjectNode body = Http.JSON.createObjectNode().put("code", code).put("title", "Past performance " + code)
                .put("agencyCode", "DEMO-CITY");
        body.set("version", version);
        Response created = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String v1 = "/api/standards/" + code + "/versions/1";
        assertThat(as(TestUsers.ADMIN).post(v1 + "/proposal", "").status()).isEqualTo(200);
        Response adopted = as(adopter).post(v1 + "/decision",
                Http.JSON.createObjectNode().put("decision", "ADOPT").put("comment", "adopted for a test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return code;
    }

    /** A solicitation under {@code standard} whose deadline is two weeks after the application clock's today. */
    private long solicitationUnder(String standard, String title) {
        ObjectNode draft = draft(title).put("standardCode", standard).put("submissionDeadline",
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusDays(14).withNano(0).toString());
        Response created = as(TestUsers.OFFICER).post("/api/solicitations", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Response published = as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/publication", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private JsonNode record(String user, long vendor) {
        Response read = as(user).get("/api/vendors/" + vendor + "/compliance-record");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    private JsonNode eligibility(long vendor, String standard, LocalDate date) {
        return as(TestUsers.OFFICER).get("/api/vendors/" + vendor + "/eligibility?standard=" + standard + "&version=1&date="
                + date).json();
    }

    /** Points of the past-performance lines of a bid's scorecard, as its bidder reads it. */
    private Map<String, JsonNode> pastPerformanceLines(String bidder, long bid) {
        Response card = as(bidder).get("/api/bids/" + bid + "/scorecard");
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        for (JsonNode line : card.json().path("criteria")) {
            if (line.path("kind").asText().equals("PAST_PERFORMANCE")) {
                lines.put(line.path("code").asText(), line);
            }
        }
        return lines;
    }

    @Test
    void anUnpaidReferralRefusesTheNextBidNamingTheEntryAndPaidInFullTheVendorIsEligibleAgainAndScoredOnIt() {
        Contractor harbor = newContractor("Unpaid Builders");
        long contract = contractFor(harbor, "Past performance: unpaid referral");
        long caseId = underpaidCase(harbor, contract);
        assertThat(record(TestUsers.AUDITOR, harbor.vendorId()).path("entries")).as("an open case with no sanction yet")
                .isEmpty();

        passDeadline(caseId);
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Restitution unpaid past the cure date").status())
                .isEqualTo(200);
        JsonNode withheld = record(TestUsers.AUDITOR, harbor.vendorId()).path("entries");
        assertThat(withheld).as("a withholding decided is on the record at once").hasSize(1);
        assertThat(withheld.get(0).path("sanctions").findValuesAsText("")).isEmpty();
        assertThat(withheld.get(0).path("sanctions").toString()).isEqualTo("[\"WITHHOLDING\"]");
        assertThat(withheld.get(0).path("description").asText()).contains("case open");
        passDeadline(caseId);
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Violations still open after withholding").status())
                .isEqualTo(200);
        passDeadline(caseId);
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Neither withholding nor fines brought a cure")
                .status()).isEqualTo(200);
        Response approved = decide(TestUsers.ADMIN, caseId, "debarment-referral", "APPROVE",
                "Persistent disregard of obligations to employees; restitution goes to the debarring official");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        LocalDate closedOn = LocalDate.now(clock);

        JsonNode rec = record(harbor.user(), harbor.vendorId());
        assertThat(rec.path("entries")).as("one entry per case, however many steps reported it").hasSize(1);
        JsonNode entry = rec.path("entries").get(0);
        long entryId = entry.path("id").asLong();
        assertThat(entry.path("origin").asText()).isEqualTo("CASE");
        assertThat(entry.path("kind").asText()).isEqualTo("WAGE_THEFT");
        assertThat(entry.path("caseId").asLong()).isEqualTo(caseId);
        assertThat(entry.path("contractId").asLong()).isEqualTo(contract);
        assertThat(entry.path("source").asText()).isEqualTo("DEMO-CITY");
        assertThat(entry.path("periodStart").asText()).isEqualTo(WEEK);
        assertThat(entry.path("periodEnd").asText()).isEqualTo(WEEK);
        assertThat(entry.path("occurredOn").asText()).isEqualTo(WEEK);
        assertThat(entry.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(entry.path("amountPaid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(entry.path("sanctions").toString()).isEqualTo("[\"DEBARMENT_REFERRAL\",\"FINES\",\"WITHHOLDING\"]");
        assertThat(entry.path("resolved").asBoolean()).isFalse();
        assertThat(entry.path("description").asText()).contains("closed REFERRED_FOR_DEBARMENT on " + closedOn);
        assertThat(rec.path("debarments").get(0).path("status").asText()).isEqualTo("PENDING");
        JsonNode reason = rec.path("debarments").get(0).path("reason");
        assertThat(reason.isNull() || reason.isMissingNode()).as("the referral's reason is the agency's: " + reason).isTrue();
        assertThat(record(TestUsers.AUDITOR, harbor.vendorId()).path("debarments").get(0).path("reason").asText())
                .contains("Persistent disregard");

        String standard = pastPerformanceStandard();
        long next = solicitationUnder(standard, "Past performance: the next solicitation");
        long refused = submit(harbor.user(), next, strongBid("1050000"));
        JsonNode refusedBid = bidAs(harbor.user(), refused);
        assertThat(refusedBid.path("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(refusedBid.path("outcomeReason").asText()).contains("UNRESOLVED_WAGE_THEFT", "entry " + entryId,
                "compliance case " + caseId, "$200.00 restitution outstanding");

        clock.advance(java.time.Duration.ofDays(3));
        LocalDate paidOn = LocalDate.now(clock);
        Response paid = pay(harbor.user(), caseId, "5678", "200.00");
        assertThat(paid.status()).as("restitution is paid after the close: " + paid.body()).isEqualTo(201);
        assertThat(pay(harbor.user(), caseId, "5678", "1.00").status()).as("nothing more is owed: the case is closed")
                .isEqualTo(409);
        JsonNode resolved = record(harbor.user(), harbor.vendorId()).path("entries").get(0);
        assertThat(resolved.path("id").asLong()).isEqualTo(entryId);
        assertThat(resolved.path("resolved").asBoolean()).isTrue();
        assertThat(resolved.path("resolvedOn").asText()).as("resolved on the day it was paid in full").isEqualTo(paidOn.toString());
        assertThat(resolved.path("amountPaid").decimalValue()).isEqualByComparingTo("200.00");

        JsonNode dayBefore = eligibility(harbor.vendorId(), standard, paidOn.minusDays(1));
        assertThat(dayBefore.path("eligible").asBoolean()).as("still unresolved the day before the payment").isFalse();
        assertThat(dayBefore.path("reasons").get(0).path("detail").asText()).contains("entry " + entryId,
                "resolved on " + paidOn);
        assertThat(eligibility(harbor.vendorId(), standard, paidOn).path("eligible").asBoolean())
                .as("eligible again from the day it was paid").isTrue();

        long again = solicitationUnder(standard, "Past performance: eligible again");
        long bid = submit(harbor.user(), again, strongBid("1050000"));
        assertThat(bidAs(harbor.user(), bid).path("status").asText()).isNotEqualTo("DISQUALIFIED");
        Map<String, JsonNode> lines = pastPerformanceLines(harbor.user(), bid);
        // 1 of 1 week on time: 100 % → 4.00; 1 confirmed finding over 80 hours = 12.50 per 1,000 → tier "more than 5,
        // up to 15" → 50 % → 2.00; 1 case owing, paid after its cure date → 0 % → 0.00; 1 of 1 week without a
        // shortfall (dismissed) → 3.00
        assertThat(lines.get("PP-ON-TIME-REPORTING").path("points").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(lines.get("PP-FINDINGS").path("input").asText()).isEqualTo("12.50");
        assertThat(lines.get("PP-FINDINGS").path("points").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(lines.get("PP-FINDINGS").path("reason").asText()).contains("more than 5, up to 15 per 1,000 hours",
                "1 confirmed finding(s) over 80 hours reported", "cases " + caseId);
        assertThat(lines.get("PP-RESTITUTION-CURED").path("points").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(lines.get("PP-RESTITUTION-CURED").path("reason").asText()).contains("0 of 1 case(s)", "cases " + caseId);
        assertThat(lines.values()).as("the look-back's days in words, as the scorecard's Tasklist form is read by staff")
                .allSatisfy(l -> assertThat(l.path("reason").asText())
                        .containsPattern(", [A-Z][a-z]{2} \\d{1,2}, \\d{4} to [A-Z][a-z]{2} \\d{1,2}, \\d{4}[;)]")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(lines.get("PP-WORKFORCE-COMMITMENTS").path("points").decimalValue()).isEqualByComparingTo("3.00");

        Contractor newcomer = newContractor("Newcomer Electric");
        long fresh = submit(newcomer.user(), again, strongBid("1050000"));
        Map<String, JsonNode> neutral = pastPerformanceLines(newcomer.user(), fresh);
        assertThat(neutral.values()).as("no history: the stated neutral share, never a penalty").allSatisfy(l -> {
            assertThat(l.path("input").asText()).isEqualTo("no history");
            assertThat(l.path("reason").asText()).contains("neutral share = 100%");
        });
        assertThat(neutral.values().stream().map(l -> l.path("points").decimalValue()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("15.00");
    }

    @Test
    void aSubcontractorsUnpaidWagesAreRecordedAgainstTheLiablePrimeUntilPaid() {
        Contractor prime = newContractor("Liable Prime");
        Contractor sub = newContractor("Unpaying Sub");
        long contract = contractFor(prime, "Past performance: subcontractor");
        Response added = as(prime.user()).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId",
                sub.vendorId(), "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-09"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(as(sub.user()).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of())).status())
                .isEqualTo(201);
        long caseId = underpaidCase(sub, contract);
        assertThat(pay(sub.user(), caseId, "5678", "150.00").status()).isEqualTo(201);
        Response closed = decide(TestUsers.AUDITOR, caseId, "verification", "CURED",
                "Worker unreachable; the remaining $50.00 is to be paid when found");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        JsonNode subEntry = record(sub.user(), sub.vendorId()).path("entries").get(0);
        assertThat(subEntry.path("origin").asText()).isEqualTo("CASE");
        assertThat(subEntry.path("amountPaid").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(subEntry.path("resolved").asBoolean()).isFalse();
        JsonNode primeEntries = record(prime.user(), prime.vendorId()).path("entries");
        assertThat(primeEntries).hasSize(1);
        JsonNode primeEntry = primeEntries.get(0);
        assertThat(primeEntry.path("origin").asText()).isEqualTo("PRIME_LIABILITY");
        assertThat(primeEntry.path("kind").asText()).isEqualTo("WAGE_THEFT");
        assertThat(primeEntry.path("liableForSubcontractorId").asLong()).isEqualTo(sub.vendorId());
        assertThat(primeEntry.path("caseId").asLong()).isEqualTo(caseId);
        assertThat(primeEntry.path("description").asText()).contains("Liable as prime for the unpaid wages of subcontractor "
                + sub.vendorId());
        LocalDate today = LocalDate.now(clock);
        JsonNode primeScreen = eligibility(prime.vendorId(), STANDARD, today);
        assertThat(primeScreen.path("eligible").asBoolean()).isFalse();
        assertThat(primeScreen.path("reasons").get(0).path("detail").asText()).contains("entry " + primeEntry.path("id").asLong(),
                "as liable prime in compliance case " + caseId, "$50.00 restitution outstanding");

        assertThat(pay(sub.user(), caseId, "5678", "50.00").status()).isEqualTo(201);
        assertThat(record(prime.user(), prime.vendorId()).path("entries").get(0).path("resolvedOn").asText())
                .isEqualTo(today.toString());
        assertThat(record(sub.user(), sub.vendorId()).path("entries").get(0).path("resolved").asBoolean()).isTrue();
        assertThat(eligibility(prime.vendorId(), STANDARD, today).path("eligible").asBoolean()).isTrue();
    }

    @Test
    void aContractorReadsAndAnswersItsOwnRecordOnlyAndStaffReadEveryVendorsWithTheEntryKeptOnce() {
        Contractor harbor = newContractor("Answering Builders");
        long contract = contractFor(harbor, "Past performance: responses");
        long caseId = underpaidCase(harbor, contract);
        assertThat(pay(harbor.user(), caseId, "5678", "200.00").status()).isEqualTo(201);
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "").status()).isEqualTo(200);
        JsonNode entry = record(harbor.user(), harbor.vendorId()).path("entries").get(0);
        long entryId = entry.path("id").asLong();
        assertThat(entry.path("resolved").asBoolean()).as("paid within the case, closed cured").isTrue();
        assertThat(entry.path("resolvedOn").asText()).isEqualTo(LocalDate.now(clock).toString());

        String path = "/api/vendors/" + harbor.vendorId() + "/compliance-record";
        for (String staff : List.of(TestUsers.ADMIN, TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF)) {
            assertThat(as(staff).get(path).status()).as(staff).isEqualTo(200);
        }
        assertThat(as(TestUsers.NORTHSIDE).get(path).status()).as("another vendor's record is not found").isEqualTo(404);
        Map<String, String> text = Map.of("text", "Lee was paid in full on the day the payroll clerk found the error.");
        assertThat(as(TestUsers.NORTHSIDE).post(path + "/entries/" + entryId + "/responses", text).status()).isEqualTo(404);
        assertThat(as(TestUsers.AUDITOR).post(path + "/entries/" + entryId + "/responses", text).status()).isEqualTo(403);
        Response blank = as(harbor.user()).post(path + "/entries/" + entryId + "/responses", Map.of("text", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorFor("text")).isNotEmpty();
        assertThat(as(harbor.user()).post(path + "/entries/999999/responses", text).status()).isEqualTo(404);
        Response answered = as(harbor.user()).post(path + "/entries/" + entryId + "/responses", text);
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        JsonNode kept = record(TestUsers.AUDITOR, harbor.vendorId()).path("entries").get(0).path("responses");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).path("text").asText()).isEqualTo(text.get("text"));
        assertThat(kept.get(0).path("respondedBy").asText()).isEqualTo(harbor.user());

        assertThatThrownBy(() -> jdbc.update("insert into labor_violation (vendor_id, kind, occurred_on, agency, recorded_at, "
                + "recorded_by, origin, case_id, entry_key) values (?, 'WAGE_THEFT', ?, 'DEMO-CITY', current_timestamp, 'test', "
                + "'CASE', ?, ?)", harbor.vendorId(), LocalDate.parse(WEEK), caseId, "case:" + caseId + ":vendor:" + harbor.vendorId()))
                .as("a case's entry for a vendor exists once").isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * The README walkthrough's steps 17 and 18 with its files, for a contractor new to the test (on a fresh demo
     * database Harbor's figures are these): the case of {@code payroll-week-1.csv} (2 findings confirmed, $194.00
     * paid within the cure period, closed cured) is a resolved entry of the record; its past performance is 1 of 1 week
     * on time (100.00), 2 findings over 164 hours (12.20 per 1,000), 1 of 1 case cured in time (100.00) and 1 of 1 week
     * without a shortfall (100.00); the next bid's scorecard gives 4.00 + 2.00 + 4.00 + 3.00 = 13.00 past-performance
     * points, and a bidder without history the neutral 15.00.
     */
    @Test
    void theWalkthroughCaseIsOnTheContractorsRecordAndInItsNextBidsScorecard() throws Exception {
        Contractor harbor = newContractor("Walkthrough Builders");
        long solicitation = publishedSolicitation("Past performance: walkthrough");
        long contract = contractFor(harbor, solicitation, Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json")));
        assertThat(post(harbor.user(), contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")))
                .status()).isEqualTo(201);
        long caseId = caseOf(contract, harbor.vendorId()).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        LocalDate today = LocalDate.now(clock);
        Response paid = send(harbor.user(), "/api/cases/" + caseId + "/responses", "application/json",
                Files.readString(Path.of("docs/walkthrough/restitution-payment.json")).replace("PAID_ON", today.toString()));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Check 2217 and plan receipt seen").status())
                .isEqualTo(200);

        JsonNode rec = record(harbor.user(), harbor.vendorId());
        JsonNode entry = rec.path("entries").get(0);
        assertThat(entry.path("origin").asText()).isEqualTo("CASE");
        assertThat(entry.path("kind").asText()).isEqualTo("WAGE_THEFT");
        assertThat(entry.path("caseId").asLong()).isEqualTo(caseId);
        assertThat(entry.path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(entry.path("amountPaid").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(entry.path("resolvedOn").asText()).isEqualTo(today.toString());
        Map<String, String> inputs = new LinkedHashMap<>();
        rec.path("pastPerformance").path("inputs").forEach(i -> inputs.put(i.path("metric").asText(), i.path("value").asText()));
        assertThat(inputs).containsExactly(Map.entry("pastOnTimeReportingPercent", "100.0"),
                Map.entry("pastFindingsPer1000Hours", "12.2"), Map.entry("pastRestitutionCuredPercent", "100.0"),
                Map.entry("pastWorkforceCommitmentsMetPercent", "100.0"));
        assertThat(rec.path("pastPerformance").path("inputs").get(1).path("basis").asText())
                .isEqualTo("2 confirmed finding(s) over 164 hours reported");
        Response answered = as(harbor.user()).post("/api/vendors/" + harbor.vendorId() + "/compliance-record/entries/"
                + entry.path("id").asLong() + "/responses", Http.JSON.readTree(
                        Files.readString(Path.of("docs/walkthrough/record-response.json"))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);

        // the README's second administrator, made through the engine's REST API as the walkthrough makes it
        String second = "rev" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        Response createdUser = as(TestUsers.ADMIN).post("/engine-rest/user/create", Http.JSON.readTree("{\"profile\":{\"id\":\""
                + second + "\",\"firstName\":\"Rae\",\"lastName\":\"Reviewer\",\"email\":\"" + second
                + "@demo.highroad.example\"},\"credentials\":{\"password\":\"" + TestUsers.PASSWORD + "\"}}"));
        assertThat(createdUser.status()).as(createdUser.body()).isEqualTo(204);
        Response member = as(TestUsers.ADMIN).put("/engine-rest/group/operaton-admin/members/" + second, "");
        assertThat(member.status()).as(member.body()).isEqualTo(204);
        if (!directory.userExists(second)) {
            // The engine's REST API serves one process engine per JVM (its static registry of engines by name), and
            // this suite runs two applications in one JVM (H2 and PostgreSQL): the other application's engine took
            // the user. This application's identity service makes it instead.
            directory.createUser(second, "Rae", "Reviewer", second + "@demo.highroad.example", TestUsers.PASSWORD, Role.ADMIN);
        }
        String standard = pastPerformanceStandard(second);
        ObjectNode draft = (ObjectNode) Http.JSON.readTree(Files.readString(Path.of("docs/walkthrough/solicitation.json")));
        draft.put("title", "Branch library HVAC").put("standardCode", standard).put("submissionDeadline",
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusDays(14).withNano(0).toString());
        long next = as(TestUsers.OFFICER).post("/api/solicitations", draft).json().path("id").asLong();
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + next + "/publication", "").status()).isEqualTo(200);
        Response bid = send(harbor.user(), "/api/solicitations/" + next + "/bids", "application/json",
                Files.readString(Path.of("docs/walkthrough/bid-harbor.json")));
        assertThat(bid.status()).as(bid.body()).isEqualTo(201);
        Jobs.runDue(management);
        Map<String, JsonNode> lines = pastPerformanceLines(harbor.user(), bid.json().path("id").asLong());
        assertThat(lines.values().stream().map(l -> l.path("points").decimalValue().setScale(2).toPlainString()).toList())
                .containsExactly("4.00", "2.00", "4.00", "3.00");
        assertThat(lines.get("PP-FINDINGS").path("reason").asText()).isEqualTo("12.20 over 3 years is in tier \"more than 5, "
                + "up to 15 per 1,000 hours\" of past-performance-findings-tiers = 50% of 4 points (2 confirmed finding(s) over "
                + "164 hours reported, " + FormText.date(today.minusYears(3)) + " to " + FormText.date(today) + "; cases " + caseId
                + ")");

        Contractor newcomer = newContractor("Walkthrough Newcomer");
        Response fresh = send(newcomer.user(), "/api/solicitations/" + next + "/bids", "application/json",
                Files.readString(Path.of("docs/walkthrough/bid-northside.json")));
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(201);
        Jobs.runDue(management);
        assertThat(pastPerformanceLines(newcomer.user(), fresh.json().path("id").asLong()).values().stream()
                .map(l -> l.path("points").decimalValue().setScale(2).toPlainString()).toList()).containsExactly("4.00", "4.00", "4.00", "3.00");
    }
}
