package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP (29 CFR 5.5(a)(4)(i)): Harbor files a registered electrician program, registration MA-2026-0103, 1:1,
 * level 1 at 50 % of the wage and 40 % of the fringe. One journeyworker (1234), apprentice 2222 naming that
 * registration and apprentice 3333 naming one not on file, both level 1, paid $30.00 (50 % of $60.00) and $12.56 fringe
 * (40 % of $31.40). 2222 owes nothing. 3333 is not registered: owed the journeyworker rate and fringe for all 40 hours,
 * 40 × ($60.00 − $30.00) = $1,200.00 and 40 × ($31.40 − $12.56) = $753.60, $1,953.60 in all; and, not registered, it
 * takes no place in the ratio, whichever row comes first.
 */
class ApprenticeshipProgramsPayrollTest extends PayrollTest {

    static final String REGISTRATION = "MA-2026-0103";

    @Test
    void anApprenticeNamingARegistrationNotOnFileIsOwedTheJourneyworkerBaseAndFringeAndTheRegisteredOneItsProgramRates() {
        long contract = executedContract("Apprenticeship programs");
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program())));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("statement").path("apprenticeshipPrograms").get(0)
                .path("fringePercentOfJourneyByLevel").path("1").decimalValue()).isEqualByComparingTo("40");

        String csv = HEADER + ",apprentice_registration\n"
                + apprentice(3, "3333", "XX-0000-0001") + "\n"
                + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + ",\n"
                + apprentice(2, "2222", REGISTRATION) + "\n";
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("1953.60");

        List<String> findings = new ArrayList<>();
        for (JsonNode row : as(TestUsers.HARBOR).get("/api/payrolls/" + accepted.json().path("id").asLong() + "/rows").json()) {
            for (JsonNode f : row.path("findings")) {
                findings.add(f.path("kind").asText() + ":" + f.path("amountOwed").decimalValue().setScale(2).toPlainString());
            }
        }
        assertThat(findings).containsExactlyInAnyOrder("APPRENTICE_NOT_REGISTERED:1200.00", "FRINGE_SHORTFALL:753.60");
        assertThat(jdbc.queryForList("select apprentice_registration from payroll_row where submission_id = ? "
                + "and level = 'APPRENTICE' order by worker_ref", String.class, accepted.json().path("id").asLong()))
                .containsExactly(REGISTRATION, "XX-0000-0001");
    }

    /**
     * A payroll in the current layout (its header has {@code apprentice_registration}): the journeyworker works Monday to
     * Wednesday only. 2222 names the program and works all week: admitted Monday to Wednesday (one journeyworker, 1:1),
     * over the ratio Thursday and Friday with no journeyworker on the job: 16 h × ($60.00 − $30.00) = $480.00 and
     * 16 h × ($31.40 − $12.56) = $301.44. 3333 leaves its registration blank: not shown registered in a program on file,
     * owed the journeyworker rate for all 40 h, $1,200.00 and $753.60 (29 CFR 5.5(a)(4)(i)). In all $2,735.04.
     */
    @Test
    void aBlankRegistrationInTheCurrentLayoutAndDaysWithoutAJourneyworkerOweTheJourneyworkerRate() {
        long contract = executedContract("Apprentices per day");
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program())));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String journeyworker = "1,Garcia,Maria,L,1234,J,," + ELECTRICIAN + ",,8,8,8,,,,,,,,,,,60.00,,31.40,0,1440.00,1440.00,"
                + "300.00,183.60,0,483.60," + net("1440.00") + ",Y,2026-01-01,Hispanic or Latino,Female,";
        String csv = HEADER + ",apprentice_registration\n" + apprentice(3, "3333", "") + "\n" + journeyworker + "\n"
                + apprentice(2, "2222", REGISTRATION) + "\n";
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("2735.04");

        List<String> findings = new ArrayList<>();
        for (JsonNode row : as(TestUsers.HARBOR).get("/api/payrolls/" + accepted.json().path("id").asLong() + "/rows").json()) {
            for (JsonNode f : row.path("findings")) {
                findings.add(f.path("kind").asText() + ":" + f.path("amountOwed").decimalValue().setScale(2).toPlainString());
            }
        }
        assertThat(findings).containsExactlyInAnyOrder("APPRENTICE_OVER_RATIO:480.00", "FRINGE_SHORTFALL:301.44",
                "APPRENTICE_NOT_REGISTERED:1200.00", "FRINGE_SHORTFALL:753.60");
    }

    @Test
    void aFringePercentageForALevelWithoutAWagePercentageIsRefusedNamingTheField() {
        long contract = executedContract("Apprenticeship programs refused");
        Map<String, Object> program = program();
        program.put("fringePercentOfJourneyByLevel", Map.of("2", "40"));
        Response refused = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .contains("apprenticeshipPrograms[0].fringeGivenOnlyForLevelsWithAWage");
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json()).isEmpty();
    }

    /**
     * The apprentice fringe per level from the wage determination: level 1 owes $10.00 an hour as the determination sets
     * it, cited. 2222 is paid $12.56 fringe: nothing owed for it. 3333 names the registration too, paid $8.00: 40 h ×
     * $2.00 = $80.00, the finding citing the determination. A level given both a percentage and an amount, or amounts
     * without their source, is refused naming the rule.
     */
    @Test
    void anApprenticeFringeSetByTheDeterminationIsOwedAndCitedAndGivenOnceAndWithItsSource() {
        long contract = executedContract("Apprentice fringe from the determination");
        Map<String, Object> program = program();
        program.put("fringePerHourByLevel", Map.of("1", "10.00"));
        String source = "MA20260001 Mod 1, ELEC0103-005: apprentices' fringe, 1st period";
        program.put("fringeSource", source);
        Response both = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program)));
        assertThat(both.status()).as(both.body()).isEqualTo(422);
        assertThat(both.json().path("errors").findValuesAsText("field")).contains("apprenticeshipPrograms[0].oneFringePerLevel");
        program.remove("fringePercentOfJourneyByLevel");
        program.remove("fringeSource");
        Response unsourced = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program)));
        assertThat(unsourced.json().path("errors").findValuesAsText("field"))
                .contains("apprenticeshipPrograms[0].fringeSourceGivenWithFringesPerHour");
        program.put("fringeSource", source);
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("statement").path("apprenticeshipPrograms").get(0).path("fringeSource").asText())
                .isEqualTo(source);

        String underpaid = apprentice(3, "3333", REGISTRATION).replace(",12.56,0,", ",8.00,0,");
        String csv = HEADER + ",apprentice_registration\n" + underpaid + "\n"
                + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + ",\n"
                + row(4, "Silva", "4444", "60.00", "2400.00", ELECTRICIAN) + ",\n"
                + apprentice(2, "2222", REGISTRATION) + "\n";
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("80.00");
        List<JsonNode> wages = new ArrayList<>();
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("amountOwed").isNumber()) {
                wages.add(f);
            }
        }
        assertThat(wages).as("only the fringe of 3333 is owed").hasSize(1);
        JsonNode finding = wages.get(0);
        assertThat(finding.path("kind").asText()).isEqualTo("FRINGE_SHORTFALL");
        assertThat(finding.path("workerRef").asText()).isEqualTo("3333");
        assertThat(finding.path("ruleCited").asText()).contains("29 CFR 5.5(a)(1)", source);
    }

    private static Map<String, Object> program() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Electrical JATC");
        p.put("classification", ELECTRICIAN);
        p.put("registered", true);
        p.put("registrationNumber", REGISTRATION);
        p.put("registeredWith", "Massachusetts Division of Apprentice Standards");
        p.put("apprenticesPerJourneyworker", "1");
        p.put("percentOfJourneyRateByLevel", Map.of("1", "50"));
        p.put("fringePercentOfJourneyByLevel", Map.of("1", "40"));
        return p;
    }

    private static String apprentice(int entry, String workerId, String registration) {
        return entry + ",Lee,Sam,," + workerId + ",RA,1," + ELECTRICIAN + ",,8,8,8,8,8,,,,,,,,,30.00,,12.56,0,1200.00,"
                + "1200.00,300.00,183.60,0,483.60," + net("1200.00") + ",Y,2026-01-01,Asian,Male," + registration;
    }
}
