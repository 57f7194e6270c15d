package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The two settings a standard version carries into its contracts, over HTTP: the demo standard's contracts let cash
 * above the committed base make up a fringe shortfall (its wages come from a Davis-Bacon determination, 29 CFR
 * 5.5(a)(1)(i)), and demand a correction payroll only for restitution of more than $10.00 per worker (Schedule C).
 * Committed: electricians $60.00 + $31.40 an hour; each row is 40 hours.
 */
class StandardSettingsTest extends CaseTest {

    @Test
    void cashAboveTheCommittedBaseMakesUpTheFringeOnAContractOfTheDavisBaconPreset() {
        long contract = contractWithStatement("Cash makes up fringe");
        JsonNode setting = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("current").path("reporting")
                .path("cashAboveBaseMakesUpFringe");
        assertThat(setting.isBoolean() && setting.asBoolean()).as("carried from the standard version: " + setting).isTrue();
        // Garcia: $65.00 (40 × $5.00 = $200.00 above the base) and $26.40 to plans (40 × $5.00 = $200.00 short): even.
        // Lee: $60.00 and $26.40 to plans, nothing above the base: 40 × $5.00 = $200.00 fringe owed.
        String payroll = HEADER + "\n" + row(1, "Garcia", "1234", "65.00", "2600.00", ELECTRICIAN).replace(",31.40,0,", ",26.40,0,")
                + "\n" + row(2, "Lee", "5678", "60.00", "2400.00", ELECTRICIAN).replace(",31.40,0,", ",26.40,0,") + "\n";
        Response posted = post(TestUsers.HARBOR, contract, WEEK, payroll);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        List<String> wageFindings = new ArrayList<>();
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (!f.path("kind").asText().equals("SHARE_SHORTFALL")) {
                wageFindings.add(f.path("workerRef").asText() + ":" + f.path("kind").asText() + ":"
                        + f.path("amountOwed").decimalValue().setScale(2));
            }
        }
        assertThat(wageFindings).containsExactly("5678:FRINGE_SHORTFALL:200.00");
    }

    @Test
    void restitutionAtOrBelowTheThresholdIsOwedButTheCorrectionPayrollIsOptional() throws Exception {
        long contract = contractWithStatement("Correction optional");
        // Lee at $59.80 where $60.00 is committed: 40 × $0.20 = $8.00, not more than $10.00
        long caseId = noticedCase(contract, "59.80", "2392.00");
        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("amountOwed").decimalValue()).as("owed all the same").isEqualByComparingTo("8.00");
        assertThat(notice.path("restitutionThreshold").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(notice.path("correctionPayrollRequired").asBoolean()).isFalse();
        assertThat(pdfText(TestUsers.HARBOR, notice.path("pdf").asText()).replaceAll("\\s+", " "))
                .contains("a correction payroll is optional, as no worker is owed more than $10.00")
                .doesNotContain("submit a correction payroll");

        Response paid = pay(TestUsers.HARBOR, caseId, "5678", "8.00");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Response verified = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/verification", Map.of("decision",
                "CURED", "reason", "Check seen; no correction payroll needed"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).as("cured without a correction payroll").isEqualTo("CLOSED");
        JsonNode ledger = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("totals").path("owed").decimalValue()).as("recorded").isEqualByComparingTo("8.00");
        assertThat(ledger.path("totals").path("paid").decimalValue()).isEqualByComparingTo("8.00");
    }

    @Test
    void restitutionAboveTheThresholdRequiresACorrectionPayroll() throws Exception {
        long contract = contractWithStatement("Correction required");
        // Lee at $59.70: 40 × $0.30 = $12.00, more than $10.00
        long caseId = noticedCase(contract, "59.70", "2388.00");
        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("amountOwed").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(notice.path("correctionPayrollRequired").asBoolean()).isTrue();
        assertThat(pdfText(TestUsers.HARBOR, notice.path("pdf").asText()).replaceAll("\\s+", " "))
                .contains("submit a correction payroll for each worker owed more than $10.00")
                .contains("required");
    }

    @Test
    void aNoticeIssuedWhenNothingWasOwedStaysSoAfterRestitutionIsConfirmedLater() throws Exception {
        long contract = contractWithStatement("Notice on an empty ledger");
        // week 1: both paid in full; only the shares of hours fall short, which owe no restitution
        String paidInFull = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(2, "Lee", "5678", "60.00", "2400.00", ELECTRICIAN) + "\n";
        Response first = post(TestUsers.HARBOR, contract, WEEK, paidInFull);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("SHARE_SHORTFALL"));
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json()).hasSize(1);

        // week 2: Lee at $50.00 where $60.00 is committed, 40 × $10.00 = $400.00, confirmed into an amended notice
        Response second = post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n"
                + row(1, "Lee", "5678", "50.00", "2000.00", ELECTRICIAN) + "\n");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));

        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).hasSize(2);
        JsonNode firstNotice = notices.get(0);
        assertThat(firstNotice.path("amountOwed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(firstNotice.path("correctionPayrollRequired").asBoolean())
                .as("the first notice demanded no correction payroll when it was issued").isFalse();
        assertThat(pdfText(TestUsers.HARBOR, firstNotice.path("pdf").asText()).replaceAll("\\s+", " "))
                .as("the first notice as it was sent, not today's ledger")
                .contains("a correction payroll is optional").doesNotContain("5678").doesNotContain("$400.00");
        assertThat(notices.get(1).path("correctionPayrollRequired").asBoolean()).isTrue();
    }

    /** Garcia paid in full, Lee at {@code leeRate}: the base finding confirmed (the others dismissed) and noticed. */
    private long noticedCase(long contract, String leeRate, String leeGross) {
        String payroll = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(2, "Lee", "5678", leeRate, leeGross, ELECTRICIAN) + "\n";
        Response posted = post(TestUsers.HARBOR, contract, WEEK, payroll);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        return caseId;
    }
}
