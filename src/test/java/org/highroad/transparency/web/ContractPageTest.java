package org.highroad.transparency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The public contract page as the reader reads it, from a compiled release carrying every kind of value the page
 * shows: commitments (wages, shares, a yes-or-no), monthly shares, restitution and a confirmed failure with its
 * escalation step. In Spanish no code of the data shows through (a finding's kind, an escalation step, a boolean), money
 * is written as every Spanish page writes it ({@code $1,234.56}), dates in the reader's style; at 390 px nothing
 * scrolls the whole page sideways and axe-core finds nothing serious.
 */
class ContractPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORD = "https://contracts.agency.example/public/ocds/records/ocds-213czf-highroad-solicitation-1234567890";

    static JsonNode compiled() throws Exception {
        return JSON.readTree("""
            {"ocid": "ocds-213czf-highroad-solicitation-12",
             "tender": {"criteria": [{"requirementGroups": [{"requirements": [
                {"id": "wage-1", "title": "Hourly base wage: ELECTRICIAN (hyp.)"}]}]}]},
             "awards": [{"id": "award-7", "suppliers": [{"name": "Harbor Builders LLC"}]}],
             "contracts": [{"id": "contract-5", "awardID": "award-7", "title": "Library roof and electrical renovation",
               "value": {"amount": 1100000, "currency": "USD"},
               "period": {"startDate": "2027-01-04T00:00:00Z", "endDate": "2027-12-31T23:59:59Z"},
               "requirementResponses": [
                 {"id": "r1", "value": 60, "requirement": {"id": "wage-1"}},
                 {"id": "r2", "value": 45.5, "requirement": {"id": "lowestHourlyWage"}},
                 {"id": "r3", "value": 20, "requirement": {"id": "share-women"}},
                 {"id": "r4", "value": true, "requirement": {"id": "hasCollectiveAgreement"}},
                 {"id": "r5", "value": 12, "requirement": {"id": "paidLeaveDaysPerYear"}}],
               "implementation": {
                 "metrics": [
                   {"id": "share-women-project", "title": "Share of work hours worked by women (%), whole project",
                    "observations": [
                      {"id": "o1", "period": {"endDate": "2027-01-31T23:59:59Z"}, "measure": 12.5,
                       "dimensions": {"committedPercent": 20}},
                      {"id": "o2", "period": {"endDate": "2027-02-28T23:59:59Z"}, "measure": null,
                       "dimensions": {"committedPercent": 20, "suppressed": "fewer than 5 workers"}}]},
                   {"id": "restitution-owed", "observations": [{"id": "ro", "value": {"amount": 1234.56, "currency": "USD"}}]},
                   {"id": "restitution-paid", "observations": [{"id": "rp", "value": {"amount": 200, "currency": "USD"}}]},
                   {"id": "missing-reports", "observations": [{"id": "mr", "measure": 2}]}],
                 "performanceFailures": [
                   {"id": "case-3-underpaid_base", "category": "underpaid_base", "events": 4,
                    "penaltyImposed": "Escalation step WITHHOLDING"},
                   {"id": "case-3-share_shortfall", "category": "share_shortfall", "events": 1}]}}]}
            """);
    }

    @Test
    void theSpanishPageShowsNoCodeOfTheDataAndWritesMoneyAndDatesForItsReader() throws Exception {
        String es = new ContractPage("es").render(5, compiled(), RECORD);
        assertThat(es).contains("lang=\"es\"")
                .contains("$1,234.56").contains("$200.00").contains("$1,100,000.00")
                .contains("$60.00").contains("$45.50")
                .contains("20 %").contains("12.5 %")
                .contains("Sí")
                .contains("Salario base menor que el salario comprometido").contains("Pagos retenidos")
                .contains("Porcentaje de horas de trabajo por debajo del compromiso")
                .contains("Días de licencia pagada por año")
                .contains("4 ene. 2027").contains("31 dic. 2027").contains("31 ene. 2027");
        // no code, no English value, no raw ISO date
        assertThat(es).doesNotContain("underpaid_base").doesNotContain("UNDERPAID").doesNotContain("share_shortfall")
                .doesNotContain("WITHHOLDING").doesNotContain("Escalation step").doesNotContain(">true<")
                .doesNotContain("Paid leave days").doesNotContain("2027-01-04").doesNotContain("2027-01-31");
        String en = new ContractPage("en").render(5, compiled(), RECORD);
        assertThat(en).contains("$1,234.56").contains("$60.00").contains("Yes").contains("Payments withheld")
                .contains("Base wage below the committed wage").contains("Jan 4, 2027").contains("Jan 31, 2027")
                .doesNotContain("underpaid_base").doesNotContain("Escalation step");
    }

    @Test
    void onAPhoneNothingScrollsThePageSidewaysAndAxeFindsNothingSerious() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        for (String lang : List.of("en", "es")) {
            Path page = Files.createTempFile("highroad-public-contract-" + lang, ".html");
            Files.writeString(page, new ContractPage(lang).render(5, compiled(), RECORD));
            try (WebDriver browser = WebDriver.start()) {
                browser.windowSize(390, 844);
                browser.open(page.toUri().toString());
                assertThat(browser.until("window.innerWidth <= 400")).as("a phone-sized window").isTrue();
                assertThat(browser.script("return document.scrollingElement.scrollWidth <= window.innerWidth;").asBoolean())
                        .as(lang + ": no sideways scrolling of the page at 390 px, scrollWidth "
                                + browser.script("return document.scrollingElement.scrollWidth;").asInt())
                        .isTrue();
                List<String> serious = new ArrayList<>();
                browser.axe().forEach(v -> {
                    if (v.asText().contains("(serious)") || v.asText().contains("(critical)")) {
                        serious.add(v.asText());
                    }
                });
                assertThat(serious).as(lang + ": axe").isEmpty();
            } finally {
                Files.deleteIfExists(page);
            }
        }
    }
}
