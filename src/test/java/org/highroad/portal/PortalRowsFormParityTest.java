package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The payroll rows form asks every column of the CSV layout (docs/payroll-csv.md), so the same crew's week filed in the
 * form and uploaded as a CSV file is stored alike: the same rows and days, the same findings and the same amount owed.
 * The crew: Garcia, a journeyworker with two overtime hours on Friday, with her middle initial, address date and
 * self-identified answers; Lee, a level-1 apprentice naming the electricians' registered program (MA-2026-0103, 1:1,
 * 50 % of the wage and 40 % of the fringe); Kim, a level-1 apprentice paid the same who names no program. Kim is not
 * shown registered in a program on file and is owed the journeyworker rate and fringe for all 40 hours
 * (29 CFR 5.5(a)(4)(i)): 40 × ($60.00 − $30.00) + 40 × ($31.40 − $12.56) = $1,200.00 + $753.60 = $1,953.60. Before the
 * form had the registration column, its CSV left it out and every apprentice was taken as registered in the first
 * program: Kim would have been owed nothing.
 */
class PortalRowsFormParityTest extends CaseTest {

    private static final String REGISTRATION = "MA-2026-0103";

    /** The layout's columns in the sample file's order, the registration last; no work-week column (a weekly payroll). */
    private static final String CSV = HEADER + ",apprentice_registration\n"
            + "1,Garcia,Maria,L,1234,J,," + ELECTRICIAN + ",,8,8,8,8,8,,,,,,,2,,60.00,90.00,31.40,0,2580.00,2580.00,300.00,"
            + "183.60,0,483.60,2096.40,Y,2026-01-01,Hispanic or Latino,Female,\n"
            + "2,Lee,Sam,,2222,RA,1," + ELECTRICIAN + ",,8,8,8,8,8,,,,,,,,,30.00,,12.56,0,1200.00,1200.00,100.00,91.80,0,"
            + "191.80,1008.20,N,,Asian,Male," + REGISTRATION + "\n"
            + "3,Kim,Jo,,3333,RA,1," + ELECTRICIAN + ",,8,8,8,8,8,,,,,,,,,30.00,,12.56,0,1200.00,1200.00,100.00,91.80,0,"
            + "191.80,1008.20,,,,,\n";

    @Test
    void theSameCrewFiledInTheFormAndAsACsvIsStoredAndCheckedAlike() {
        long byCsv = contractWithProgram("Rows parity, CSV");
        long byForm = contractWithProgram("Rows parity, form");
        weekHasEnded(WEEK); // after both contracts, whose solicitations' deadlines are set from today
        Response uploaded = post(TestUsers.HARBOR, byCsv, WEEK, CSV);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page form = harbor.get("/portal/contracts/" + byForm + "/payrolls/rows");
        assertThat(form.body()).contains("for=\"r0-middle_initial\"", "for=\"r0-apprentice_registration\"",
                "id=\"r0-apprentice_registration-hint\"", "for=\"r0-address_effective_from\"", "for=\"r0-race_ethnicity\"",
                "for=\"r0-gender\"", "Local hiring program, worker 1")
                .as("a weekly contract asks no work week per row").doesNotContain("id=\"r0-week_ending\"");
        Page filed = harbor.post("/portal/contracts/" + byForm + "/payrolls/rows", crew());
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);

        JsonNode csvSubmission = as(TestUsers.HARBOR).all("/api/contracts/" + byCsv + "/payrolls").json().get(0);
        JsonNode formSubmission = as(TestUsers.HARBOR).all("/api/contracts/" + byForm + "/payrolls").json().get(0);
        assertThat(formSubmission.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(formSubmission.path("amountOwed").decimalValue()).isEqualByComparingTo("1953.60")
                .isEqualByComparingTo(csvSubmission.path("amountOwed").decimalValue());
        assertThat(formSubmission.path("findingCount").asInt()).isEqualTo(csvSubmission.path("findingCount").asInt());

        long csvId = csvSubmission.path("id").asLong();
        long formId = formSubmission.path("id").asLong();
        assertThat(stored("payroll_row", formId)).hasSize(3).isEqualTo(stored("payroll_row", csvId));
        assertThat(stored("payroll_row_day", formId)).hasSize(15).isEqualTo(stored("payroll_row_day", csvId));
        assertThat(jdbc.queryForList("select apprentice_registration from payroll_row where submission_id = ? order by position",
                String.class, formId)).containsExactly(null, REGISTRATION, null);

        List<JsonNode> formRows = rows(formId);
        assertThat(formRows).isEqualTo(rows(csvId));
        List<String> kinds = new ArrayList<>();
        formRows.forEach(r -> r.path("findings").forEach(f -> kinds.add(r.path("workerRef").asText() + ":" + f.path("kind").asText())));
        assertThat(kinds).contains("3333:APPRENTICE_NOT_REGISTERED").noneMatch(k -> k.startsWith("2222:"));
    }

    @Test
    void aRegistrationTheFormCannotStoreIsShownAtItsFieldAndAContractOfAnotherVendorIsNotFound() {
        long contract = contractWithProgram("Rows parity, errors");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/rows");
        Map<String, String> crew = crew();
        crew.put("r1-apprentice_registration", "R".repeat(101));
        crew.put("r0-address_effective_from", "January 1st");
        Page rejected = harbor.post("/portal/contracts/" + contract + "/payrolls/rows", crew);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.body()).contains("href=\"#r1-apprentice_registration\"", "id=\"r1-apprentice_registration-error\"",
                "href=\"#r0-address_effective_from\"", "id=\"r0-address_effective_from-error\"",
                "aria-describedby=\"r1-apprentice_registration-hint r1-apprentice_registration-error\"", "value=\"January 1st\"");

        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        northside.get("/portal/");
        Page notTheirs = northside.post("/portal/contracts/" + contract + "/payrolls/rows", crew());
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.body()).doesNotContain("Garcia", REGISTRATION);
        assertThat(as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json().size())
                .as("only Harbor's rejected attempt").isEqualTo(1);
    }

    /** The crew of {@link #CSV}, as typed into the form's blocks. */
    static Map<String, String> crew() {
        Map<String, String> f = new HashMap<>(Map.of("weekEnding", WEEK, "rowCount", "3", "action", "file"));
        f.putAll(block(0, "1", "Garcia", "Maria", "L", "1234", "J", "", "", "60.00", "90.00", "31.40", "2580.00", "300.00",
                "183.60", "483.60", "2096.40"));
        f.put("r0-ot_fri", "2");
        f.put("r0-resident", "Y");
        f.put("r0-address_effective_from", "2026-01-01");
        f.put("r0-race_ethnicity", "Hispanic or Latino");
        f.put("r0-gender", "Female");
        f.putAll(block(1, "2", "Lee", "Sam", "", "2222", "RA", "1", REGISTRATION, "30.00", "", "12.56", "1200.00", "100.00",
                "91.80", "191.80", "1008.20"));
        f.put("r1-resident", "N");
        f.put("r1-race_ethnicity", "Asian");
        f.put("r1-gender", "Male");
        f.putAll(block(2, "3", "Kim", "Jo", "", "3333", "RA", "1", "", "30.00", "", "12.56", "1200.00", "100.00", "91.80",
                "191.80", "1008.20"));
        return f;
    }

    private static Map<String, String> block(int i, String entry, String last, String first, String middle, String workerId,
            String level, String apprenticeLevel, String registration, String rate, String rateOt, String fringe, String gross,
            String tax, String fica, String total, String net) {
        Map<String, String> f = new HashMap<>();
        String r = "r" + i + "-";
        f.put(r + "entry_number", entry);
        f.put(r + "last_name", last);
        f.put(r + "first_name", first);
        f.put(r + "middle_initial", middle);
        f.put(r + "worker_id", workerId);
        f.put(r + "level", level);
        f.put(r + "apprentice_level", apprenticeLevel);
        f.put(r + "apprentice_registration", registration);
        f.put(r + "classification", ELECTRICIAN);
        for (String d : new String[] {"mon", "tue", "wed", "thu", "fri"}) {
            f.put(r + "st_" + d, "8");
        }
        f.put(r + "rate_st", rate);
        f.put(r + "rate_ot", rateOt);
        f.put(r + "fringe_credit_per_hour", fringe);
        f.put(r + "cash_in_lieu_per_hour", "0");
        f.put(r + "gross_this_project", gross);
        f.put(r + "gross_all_work", gross);
        f.put(r + "deductions_tax", tax);
        f.put(r + "deductions_fica", fica);
        f.put(r + "deductions_other", "0");
        f.put(r + "deductions_total", total);
        f.put(r + "net_pay", net);
        return f;
    }

    private long contractWithProgram(String title) {
        long id = executedContract(title);
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("name", "Electrical JATC");
        program.put("classification", ELECTRICIAN);
        program.put("registered", true);
        program.put("registrationNumber", REGISTRATION);
        program.put("registeredWith", "Massachusetts Division of Apprentice Standards");
        program.put("apprenticesPerJourneyworker", "1");
        program.put("percentOfJourneyRateByLevel", Map.of("1", "50"));
        program.put("fringePercentOfJourneyByLevel", Map.of("1", "40"));
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/compliance-statements", statement(List.of(program)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return id;
    }

    /** A submission's stored rows of a table, in order, without the submission they belong to. */
    private List<Map<String, Object>> stored(String table, long submission) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " where submission_id = ? order by 1, 2, 3",
                submission)) {
            Map<String, Object> kept = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (!k.equalsIgnoreCase("submission_id")) {
                    kept.put(k.toLowerCase(), v);
                }
            });
            rows.add(kept);
        }
        return rows;
    }

    /** The rows and findings as the API answers them, without what names the submission, contract or time. */
    private List<JsonNode> rows(long submission) {
        List<JsonNode> rows = new ArrayList<>();
        as(TestUsers.HARBOR).get("/api/payrolls/" + submission + "/rows").json().forEach(r -> rows.add(strip(r.deepCopy())));
        return rows;
    }

    private static final Set<String> OF_THE_SUBMISSION = Set.of("id", "findingId", "submissionId", "contractId", "vendorId",
            "foundAt", "caseId");

    private static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(OF_THE_SUBMISSION);
            if (o.has("ruleCited")) {
                // the rule cites its own contract and bid; the two payrolls are on two contracts alike
                o.put("ruleCited", o.path("ruleCited").asText().replaceAll("(contract|bid) \\d+", "$1 n"));
            }
            o.forEach(PortalRowsFormParityTest::strip);
        } else if (node.isArray()) {
            node.forEach(PortalRowsFormParityTest::strip);
        }
        return node;
    }
}
