package org.highroad.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The agency dashboard's figures, worked by hand on a small fixture of two contracts of DEMO-CITY for the week ending
 * 2027-01-09 (today 2027-01-10, so no period is missing yet):
 * <ul>
 * <li>A, titled like a spreadsheet formula: four electricians, Lee (5678) paid $55.00 where $60.00 is committed, 40
 * hours: a finding owing $200.00 base, confirmed; the auditor withholds $120.00; Harbor pays $150.00 of the $200.00; the
 * auditor releases $20.00. So: not compliant, 1 open finding, 1 open case, owed $200.00, paid $150.00, outstanding $50.00, held $100.00;
 * every share is over 4 workers and withheld.</li>
 * <li>B: ten electricians paid as committed, 40 hours each, five of them women, no apprentice: the apprentices' share
 * short, its finding dismissed by the auditor (measured at completion), its case closed: no open finding, no open case,
 * nothing owed, and still not compliant, by its shares (0.00 % apprentices, over 10 workers none of them in the group:
 * shown); the women's share of the project's hours 200 / 400 = 50.00 %, over 10 workers, 5 in the group and 5
 * outside: shown.</li>
 * </ul>
 * The agency's totals are the sums of the contracts listed (other tests' contracts of DEMO-CITY are there too).
 */
class OversightDashboardTest extends CaseTest {

    private static final String TITLE_A = "=SUM(1+1) Dashboard school roof";
    private static final String TITLE_B = "Dashboard library wiring";

    private static String row(int entry, String workerId, String rateSt, String gross, String gender) {
        return entry + ",Worker" + entry + ",Sam,L," + workerId + ",J,," + ELECTRICIAN + ",,8,8,8,8,8,,,,,,,,," + rateSt
                + ",,31.40,0," + gross + "," + gross + ",300.00,183.60,0,483.60," + net(gross) + ",Y,2026-01-01,Hispanic or Latino,"
                + gender;
    }

    private void contractA(long a) {
        String payroll = HEADER + "\n" + row(1, "1234", "60.00", "2400.00", "Female") + "\n" + row(2, "5678", "55.00", "2200.00", "Male")
                + "\n" + row(3, "2001", "60.00", "2400.00", "Male") + "\n" + row(4, "2002", "60.00", "2400.00", "Female") + "\n";
        Response upload = post(TestUsers.HARBOR, a, WEEK, payroll);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long caseId = caseOf(a).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        // withheld while the whole $200.00 is owed (no more than is owed can be withheld: 29 CFR 5.9)
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings", Map.of("amount", "120.00",
                "paymentReference", "Pay application 3")).status()).isEqualTo(200);
        Response paid = pay(TestUsers.HARBOR, caseId, "5678", "150.00");
        assertThat(paid.status()).as(paid.body()).isIn(200, 201);
        // the dashboard counts a payment as paid once the auditor's verification took it in
        assertThat(openTasks(caseId, org.highroad.enforcement.process.ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        Response verified = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "$50.00 still owed to worker 5678");
        assertThat(verified.status()).as(verified.body()).isIn(200, 204);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/releases", Map.of("amount", "20.00",
                "reason", "Held more than the restitution still owed")).status()).isEqualTo(200);
    }

    private void contractB(long b) {
        StringBuilder payroll = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 10; i++) {
            payroll.append(row(i, "30" + (10 + i), "60.00", "2400.00", i <= 5 ? "Female" : "Male")).append('\n');
        }
        Response upload = post(TestUsers.HARBOR, b, WEEK, payroll.toString());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        // no apprentice worked: the apprentices' share is short of its commitment, a finding the auditor dismisses
        // (measured at completion), which closes the case it opened
        long caseId = caseOf(b).path("id").asLong();
        reviewAll(caseId, Set.of());
        Jobs.runDue(management);
    }

    /** Every contract of the dashboard, read a page of 7 at a time (a size that leaves a last page part full). */
    private java.util.List<JsonNode> everyContract() {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        int pages;
        int page = 0;
        do {
            Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY?size=7&page=" + page);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().path("contracts").forEach(all::add);
            pages = r.json().path("contractPage").path("totalPages").asInt();
            page++;
        } while (page < pages);
        return all;
    }

    private static JsonNode contract(JsonNode dashboard, long id) {
        for (JsonNode c : dashboard.path("contracts")) {
            if (c.path("contractId").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("contract " + id + " is not on the dashboard");
    }

    private static JsonNode series(JsonNode dashboard, long contract, String category) {
        for (JsonNode s : dashboard.path("workforce")) {
            if (s.path("contractId").asLong() == contract && s.path("category").asText().equals(category)
                    && s.path("trade").isMissingNode() && s.path("level").isMissingNode()) {
                return s;
            }
        }
        throw new AssertionError("no project-wide " + category + " line for contract " + contract);
    }

    @Test
    void figuresPerContractAndAgencyAreWorkedByHand() {
        // both drafted before any payroll: a payroll moves the application's clock to the week after it
        long a = contractWithStatement(TITLE_A);
        long b = contractWithStatement(TITLE_B);
        contractA(a);
        contractB(b);
        Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.path("asOf").asText()).isEqualTo("2027-01-10");

        JsonNode ca = contract(d, a);
        assertThat(ca.path("title").asText()).isEqualTo(TITLE_A);
        assertThat(ca.path("compliant").asBoolean()).isFalse();
        assertThat(ca.path("missingReports").asInt()).isZero();
        assertThat(ca.path("openFindings").asInt()).isEqualTo(1);
        assertThat(ca.path("openCases").asInt()).isEqualTo(1);
        assertThat(ca.path("owed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(ca.path("paid").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(ca.path("outstanding").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(ca.path("held").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(ca.path("primeVendor").asText()).isNotBlank();

        JsonNode cb = contract(d, b);
        assertThat(cb.path("missingReports").asInt()).isZero();
        assertThat(cb.path("openFindings").asInt()).as(cb.toString()).isZero();
        assertThat(cb.path("openCases").asInt()).as(cb.toString()).isZero();
        assertThat(cb.path("owed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(cb.path("held").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(cb.path("shortfalls").asInt()).as(cb.toString()).isPositive();
        assertThat(cb.path("compliant").asBoolean()).isFalse();
        JsonNode apprenticesB = series(d, b, "APPRENTICES").path("points").get(0);
        assertThat(apprenticesB.path("suppressed").asBoolean()).isFalse();
        assertThat(apprenticesB.path("sharePercent").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(apprenticesB.path("met").asBoolean()).isFalse();

        // four workers: the women's share (2 of 4) and every other line of A withheld, no figure given
        JsonNode womenA = series(d, a, "WOMEN").path("points");
        assertThat(womenA).hasSize(1);
        assertThat(womenA.get(0).path("asOf").asText()).isEqualTo(WEEK);
        assertThat(womenA.get(0).path("suppressed").asBoolean()).isTrue();
        assertThat(womenA.get(0).has("sharePercent")).isFalse();
        for (JsonNode s : d.path("workforce")) {
            if (s.path("contractId").asLong() == a) {
                s.path("points").forEach(p -> assertThat(p.path("suppressed").asBoolean()).as(s.toString()).isTrue());
            }
        }
        // ten workers, five women: 200 of 400 hours
        JsonNode womenB = series(d, b, "WOMEN").path("points").get(0);
        assertThat(womenB.path("suppressed").asBoolean()).isFalse();
        assertThat(womenB.path("sharePercent").decimalValue()).isEqualByComparingTo("50.00");

        // the totals are the sums of the contracts listed, page after page
        JsonNode t = d.path("totals");
        java.util.List<JsonNode> listed = everyContract();
        int findings = 0;
        int open = 0;
        int compliant = 0;
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal outstanding = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        for (JsonNode c : listed) {
            findings += c.path("openFindings").asInt();
            open += c.path("openCases").asInt();
            compliant += c.path("compliant").asBoolean() ? 1 : 0;
            owed = owed.add(c.path("owed").decimalValue());
            paid = paid.add(c.path("paid").decimalValue());
            outstanding = outstanding.add(c.path("outstanding").decimalValue());
            held = held.add(c.path("held").decimalValue());
        }
        assertThat(t.path("contracts").asInt()).isEqualTo(listed.size()).isGreaterThanOrEqualTo(2);
        assertThat(listed.stream().map(c -> c.path("contractId").asLong()).distinct()).as("no contract on two pages")
                .hasSize(listed.size());
        assertThat(t.path("compliant").asInt()).isEqualTo(compliant);
        assertThat(t.path("nonCompliant").asInt()).isEqualTo(listed.size() - compliant);
        assertThat(t.path("openFindings").asInt()).isEqualTo(findings);
        assertThat(t.path("openCases").asInt()).isEqualTo(open);
        assertThat(t.path("owed").decimalValue()).isEqualByComparingTo(owed);
        assertThat(t.path("paid").decimalValue()).isEqualByComparingTo(paid);
        assertThat(t.path("outstanding").decimalValue()).isEqualByComparingTo(outstanding);
        assertThat(t.path("held").decimalValue()).isEqualByComparingTo(held);

        // the lists as CSV: the title that looks like a formula is written as text
        Response csv = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY/contracts.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\"contract_id\",\"title\",\"status\"");
        assertThat(csv.body()).contains("\"" + a + "\",\"'=SUM(1+1) Dashboard school roof\",\"EXECUTED\",");
        assertThat(csv.body()).contains(",\"false\",\"0\",\"1\",\"" + ca.path("shortfalls").asInt()
                + "\",\"1\",\"200.00\",\"150.00\",\"50.00\",\"100.00\"\r\n");
        Response workforce = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY/workforce.csv");
        assertThat(workforce.contentType()).startsWith("text/csv");
        assertThat(workforce.body()).contains("\"" + b + "\",\"" + TITLE_B + "\",\"WOMEN\",\"\",\"\",\"" + WEEK + "\",\"50.00\",");
        assertThat(workforce.body()).contains("\"" + a + "\",\"'=SUM(1+1) Dashboard school roof\",\"WOMEN\",\"\",\"\",\"" + WEEK
                + "\",\"\",");

        // the pages: the staff dashboard, its CSV and the contract's reporting periods, in English and Spanish
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        PageSession.Page page = auditor.get("/staff/dashboard?agency=DEMO-CITY");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"contract-" + a + "\"", "Not compliant", "$200.00", "$150.00", "$50.00", "$100.00",
                "href=\"/staff/cases?contract=" + a + "\"", "href=\"/staff/dashboard/contracts/" + a + "\"", "withheld", "50 %");
        assertThat(auditor.get("/staff/dashboard/contracts.csv?agency=DEMO-CITY").body())
                .contains("\"'=SUM(1+1) Dashboard school roof\"");
        PageSession.Page periods = auditor.get("/staff/dashboard/contracts/" + a);
        assertThat(periods.status()).isEqualTo(200);
        assertThat(periods.body()).contains("Received", "Not yet due");
        assertThat(auditor.get("/staff/dashboard/contracts/" + a + "/periods.csv").body())
                .contains("\"" + a + "\",", "\"" + WEEK + "\",\"2027-01-16\",\"RECEIVED\"");
        assertThat(auditor.get("/staff/dashboard?agency=DEMO-CITY&lang=es").body()).contains("En incumplimiento", "reservado",
                "Restitución pendiente");
    }

    @Test
    void aContractorGets403AndAnUnknownAgency404() {
        assertThat(as(TestUsers.HARBOR).get("/api/oversight/agencies/DEMO-CITY").status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).get("/api/oversight/agencies/DEMO-CITY/contracts.csv").status()).isEqualTo(403);
        assertThat(as(TestUsers.AUDITOR).get("/api/oversight/agencies/NO-SUCH-AGENCY").status()).isEqualTo(404);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/staff/dashboard").status()).isEqualTo(403);
        assertThat(harbor.get("/staff/dashboard/contracts.csv").status()).isEqualTo(403);
        assertThat(harbor.get("/staff/").status()).isEqualTo(403);
    }
}
