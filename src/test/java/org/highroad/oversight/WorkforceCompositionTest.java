package org.highroad.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's hours and workers by race/ethnicity, worked by hand on two contracts of DEMO-CITY, one payroll each
 * for the week ending 2027-01-09, every worker 40 hours; answers no other test writes, so that other contracts of the
 * agency leave their lines alone:
 * <ul>
 * <li>C: 5 Native Hawaiian or Other Pacific Islander (shown: 5 workers, 200 hours), 4 Middle Eastern or North African
 * and 3 Filipino (withheld: under 5); its total, 12 workers and 480 hours, shown (two withheld lines cover each
 * other).</li>
 * <li>D: 4 American Indian or Alaska Native (withheld), 6 Asian Indian (withheld with it, the smallest other line, else D's
 * total less the others would give the 4 back), 8 Samoan (shown); total 18 workers and 720 hours.</li>
 * </ul>
 * Over all contracts, the Asian Indian line is D's alone, so withheld (it is D's withheld figure under another name).
 */
class WorkforceCompositionTest extends PayrollTest {

    private static final String NH = "Native Hawaiian or Other Pacific Islander";
    private static final String ME = "Middle Eastern or North African";
    private static final String FI = "Filipino";
    private static final String AI = "American Indian or Alaska Native";
    private static final String IN = "Asian Indian";
    private static final String SA = "Samoan";

    private static String payroll(int firstId, Object... raceAndCount) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int entry = 1;
        for (int i = 0; i < raceAndCount.length; i += 2) {
            for (int n = 0; n < (Integer) raceAndCount[i + 1]; n++, entry++) {
                csv.append(entry).append(",Worker").append(entry).append(",Sam,L,").append(firstId + entry).append(",J,,")
                        .append(ELECTRICIAN).append(",,8,8,8,8,8,,,,,,,,,60.00,,31.40,0,2400.00,2400.00,300.00,183.60,0,483.60,")
                        .append(net("2400.00")).append(",Y,2026-01-01,").append(raceAndCount[i]).append(",\n");
            }
        }
        return csv.toString();
    }

    private static JsonNode line(JsonNode d, Long contract, String answer) {
        for (JsonNode l : d.path("composition")) {
            boolean sameContract = contract == null ? !l.hasNonNull("contractId") : l.path("contractId").asLong() == contract;
            boolean sameLine = answer == null ? l.path("total").asBoolean() : answer.equals(l.path("answer").asText(null));
            if (sameContract && sameLine && l.path("dimension").asText().equals("RACE_ETHNICITY")) {
                return l;
            }
        }
        throw new AssertionError("no line " + contract + " " + answer + " in " + d.path("composition"));
    }

    private static void shown(JsonNode l, int workers, String hours) {
        assertThat(l.path("suppressed").asBoolean()).as(l.toString()).isFalse();
        assertThat(l.path("workers").asInt()).as(l.toString()).isEqualTo(workers);
        assertThat(l.path("hours").decimalValue()).as(l.toString()).isEqualByComparingTo(hours);
    }

    private static void withheld(JsonNode l) {
        assertThat(l.path("suppressed").asBoolean()).as(l.toString()).isTrue();
        assertThat(l.has("workers") && !l.get("workers").isNull()).as(l.toString()).isFalse();
        assertThat(l.has("hours") && !l.get("hours").isNull()).as(l.toString()).isFalse();
    }

    @Test
    void aLineOfFourWorkersIsWithheldFiveIsShownAndNoTotalGivesAWithheldOneAway() {
        long c = contractWithStatement("Composition transit shelter");
        long dContract = contractWithStatement("Composition water main");
        Response up = post(TestUsers.HARBOR, c, WEEK, payroll(4100, NH, 5, ME, 4, FI, 3));
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        up = post(TestUsers.HARBOR, dContract, WEEK, payroll(4200, AI, 4, IN, 6, SA, 8));
        assertThat(up.status()).as(up.body()).isEqualTo(201);

        Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();

        shown(line(d, c, NH), 5, "200.00");
        withheld(line(d, c, ME));
        withheld(line(d, c, FI));
        shown(line(d, c, null), 12, "480.00");

        withheld(line(d, dContract, AI));
        withheld(line(d, dContract, IN));
        shown(line(d, dContract, SA), 8, "320.00");
        shown(line(d, dContract, null), 18, "720.00");

        shown(line(d, null, NH), 5, "200.00");
        withheld(line(d, null, IN));
        withheld(line(d, null, AI));

        noTotalGivesAWithheldLineAway(d);

        // the same as CSV, and on the page, each contract's figures linking to its reporting periods and payrolls
        Response csv = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY/composition.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\"contract_id\",\"contract_title\",\"dimension\",\"line\",\"answer\",\"hours\",\"workers\",\"suppressed\"")
                .contains("\"" + c + "\",\"Composition transit shelter\",\"RACE_ETHNICITY\",\"ANSWER\",\"" + NH + "\",\"200.00\",\"5\",\"false\"")
                .contains("\"" + c + "\",\"Composition transit shelter\",\"RACE_ETHNICITY\",\"ANSWER\",\"" + ME + "\",\"\",\"\",\"true\"");
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        PageSession.Page page = auditor.get("/staff/dashboard?agency=DEMO-CITY");
        assertThat(page.status()).isEqualTo(200);
        String table = page.body().substring(page.body().indexOf("id=\"composition-table-RACE_ETHNICITY\""));
        table = table.substring(0, table.indexOf("</table>"));
        String rowsOfC = table.substring(table.indexOf("data-contract=\"" + c + "\""));
        rowsOfC = rowsOfC.substring(0, rowsOfC.indexOf("</tbody>"));
        assertThat(rowsOfC).contains("data-line=\"" + NH + "\"", "href=\"/staff/dashboard/contracts/" + c + "\"");
        String nhRow = rowsOfC.substring(rowsOfC.indexOf("data-line=\"" + NH + "\""));
        assertThat(nhRow.substring(0, nhRow.indexOf("</tr>"))).contains(">200.00</a>", ">5</a>");
        String meRow = rowsOfC.substring(rowsOfC.indexOf("data-line=\"" + ME + "\""));
        assertThat(meRow.substring(0, meRow.indexOf("</tr>"))).contains("withheld").doesNotContain(">4<", "160.00");
        assertThat(auditor.get("/staff/dashboard/composition.csv?agency=DEMO-CITY").body()).contains(NH);
        assertThat(auditor.get("/staff/dashboard?agency=DEMO-CITY&lang=es").body()).contains("Por raza/etnia", "reservado");
    }

    @Test
    void aContractorSeesNoComposition() {
        assertThat(as(TestUsers.HARBOR).get("/api/oversight/agencies/DEMO-CITY/composition.csv").status()).isEqualTo(403);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/staff/dashboard/composition.csv").status()).isEqualTo(403);
    }

    /**
     * In every table (a dimension), no shown total has exactly one withheld line under it in a split: not a contract's
     * total over its answers, not an answer over all contracts over the contracts, not the agency's total over its
     * contracts or over its answers. With its total and the other lines shown, a lone withheld line could be worked back.
     */
    private static void noTotalGivesAWithheldLineAway(JsonNode d) {
        Map<String, List<JsonNode>> splits = new HashMap<>();
        Map<String, JsonNode> totals = new HashMap<>();
        for (JsonNode l : d.path("composition")) {
            String dim = l.path("dimension").asText();
            String contract = l.hasNonNull("contractId") ? l.path("contractId").asText() : "*";
            String answer = l.path("total").asBoolean() ? "*" : l.hasNonNull("answer") ? l.path("answer").asText().toLowerCase() : "-";
            totals.put(dim + "|" + contract + "|" + answer, l);
            if (!answer.equals("*")) {
                // under the contract's total (or the agency's, for an answer over all contracts)
                splits.computeIfAbsent(dim + "|" + contract + "|*", k -> new ArrayList<>()).add(l);
            }
            if (!contract.equals("*")) {
                // under the answer over all contracts (or the agency's total, for a contract's total)
                splits.computeIfAbsent(dim + "|*|" + answer + "|byContract", k -> new ArrayList<>()).add(l);
            }
        }
        int checked = 0;
        for (Map.Entry<String, List<JsonNode>> split : splits.entrySet()) {
            JsonNode total = totals.get(split.getKey().replace("|byContract", ""));
            assertThat(total).as(split.getKey()).isNotNull();
            if (total.path("suppressed").asBoolean()) {
                split.getValue().forEach(l -> assertThat(l.path("suppressed").asBoolean()).as(l.toString()).isTrue());
                continue;
            }
            long hidden = split.getValue().stream().filter(l -> l.path("suppressed").asBoolean()).count();
            assertThat(hidden).as(split.getKey() + ": " + split.getValue()).isNotEqualTo(1);
            BigDecimal sum = split.getValue().stream().map(l -> l.path("hours").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (hidden == 0) {
                assertThat(sum).as(split.getKey()).isEqualByComparingTo(total.path("hours").decimalValue());
            }
            checked++;
        }
        assertThat(checked).isPositive();
    }
}
