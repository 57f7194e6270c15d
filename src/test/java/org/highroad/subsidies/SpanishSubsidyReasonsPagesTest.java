package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The subsidy API's checks read in Spanish on Spanish pages: the employer's application refused at its fields (a
 * constraint of the request, what a submission needs), the hard rule a returned request broke on the employer's and on
 * the staff's page, and a hire named by a Social Security number. The API answers the same checks in English, to a
 * client that asks for Spanish as well.
 */
class SpanishSubsidyReasonsPagesTest extends SubsidiesTest {

    private static final String BELOW_FLOOR_ES = "el salario por hora $19.00 es inferior al salario mínimo del programa, $20.00";

    @Test
    void theEmployerAndStaffReadTheSubsidyChecksInSpanish() {
        long program = program("250000.00", "5000.00");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String applyPath = "/portal/subsidies/new?program=" + program;
        assertThat(harbor.get(applyPath + "&lang=es").body()).contains("lang=\"es\"");

        Page noHire = harbor.post(applyPath, form("19.00", "0", true));
        assertThat(noHire.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(noHire.body())).containsPattern("id=\"hires-error\"[^>]*>[^<]*debe ser como mínimo 1<")
                .doesNotContain("must be at least 1");
        Page unplanned = harbor.post(applyPath, form("19.00", "1", false));
        assertThat(unplanned.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(unplanned.body())).contains("es obligatorio para presentar")
                .doesNotContain("is required to submit");

        // returned below the $20.00 floor: the hard rule on the employer's page, and on the staff's
        JsonNode returned = submitted(TestUsers.HARBOR, program, content().put("hires", 1).put("hourlyWage", "19.00"));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        long first = returned.path("id").asLong();
        assertThat(HtmlUtils.htmlUnescape(harbor.get("/portal/subsidies/" + first).body())).contains(BELOW_FLOOR_ES)
                .doesNotContain("is below the program's minimum wage");
        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + first + "?lang=es").body()))
                .contains(BELOW_FLOOR_ES).doesNotContain("is below the program's minimum wage");
        assertThat(HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + first + "?lang=en").body()))
                .contains("the hourly wage $19.00 is below the program's minimum wage $20.00");

        // a hire named by a Social Security number: refused in Spanish at its field
        long id = agreed(TestUsers.HARBOR, program("250000.00", "8000.00"), 1); // approved without staff: under the ceiling
        LocalDate start = hireStart(id);
        // the automatic decision's note in Spanish too
        assertThat(HtmlUtils.htmlUnescape(harbor.get("/portal/subsidies/" + id).body())).contains("aprobada dentro de la política")
                .doesNotContain("approved within policy");
        Page ssn = harbor.post("/portal/subsidies/" + id + "/hires", Map.of("workerRef", "123-45-6789",
                "startDate", start.toString()));
        assertThat(ssn.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(ssn.body())).contains("debe ser la referencia del trabajador que usa el "
                + "empleador, nunca un número de Seguro Social").doesNotContain("never a Social Security number");

        // the API: English, whatever language its client asks for
        Http.Response api = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires",
                Map.of("workerRef", "123-45-6789", "startDate", start.toString()), "Accept-Language", "es");
        assertThat(api.status()).as(api.body()).isEqualTo(422);
        assertThat(api.errorFor("workerRef")).isEqualTo("must be the employer's worker reference, never a Social "
                + "Security number;");
    }

    @Test
    void aClaimsReasonsReadInSpanishOnTheEmployersAndTheStaffsPage() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "W-ES-1");
        LocalDate week = hired.firstWeekEnding();
        // 30 hours in the first week, below the program's 32: nothing paid for it, and the claim says why (the next
        // week's 40 hours are paid: a claim with nothing reimbursable at all is refused)
        Http.Response claim = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + hired.id() + "/claims", Map.of("milestone",
                "MIDPOINT", "weeks", List.of(Map.of("weekEnding", week.toString(), "csv",
                        PayCsv.week("W-ES-1", "22.00", List.of(6, 6, 6, 6, 6))), Map.of("weekEnding", week.plusDays(7).toString(),
                        "csv", PayCsv.week("W-ES-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        // the day as the page writes dates, not as the rule states it for the API
        String spanish = "W-ES-1: semana que termina el " + shown(week, "es") + ": 30 horas es menos que el mínimo del programa de 32 por "
                + "semana; no se reembolsa";
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(harbor.get("/portal/subsidies/" + hired.id() + "?lang=es").body())).contains(spanish)
                .doesNotContain("not reimbursed");
        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + hired.id() + "?lang=es").body()))
                .contains(spanish);
        assertThat(HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + hired.id() + "?lang=en").body()))
                .contains("W-ES-1: week ending " + shown(week, "en") + ": 30 hours is below the program's minimum of 32 a week; "
                        + "not reimbursed").doesNotContain("week ending " + week);
    }

    @Test
    void theScorecardsAnswersAndTheWorkflowThatDecidedReadInThePagesLanguage() {
        // approved by the workflow (under the automatic-approval amount): its id stays in the API
        JsonNode approved = submitted(TestUsers.HARBOR, program("250000.00", "8000.00"), content().put("hires", 1));
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        long id = approved.path("id").asLong();
        assertThat(read(TestUsers.STAFF, id).path("decidedBy").asText()).isEqualTo("highroad-workflow");
        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        String spanish = HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + id + "?lang=es").body());
        // a written advancement plan is a yes, no worker committee a no: the answer in the words of the reason beside it
        assertThat(spanish).containsPattern("id=\"criterion-ADVANCEMENT-PLAN\">\\s*<th[^>]*>[^<]*</th>\\s*<td>sí</td>")
                .containsPattern("id=\"criterion-WORKER-COMMITTEE\">\\s*<th[^>]*>[^<]*</th>\\s*<td>no</td>")
                .contains("sí = 100 % de 15 puntos", "Flujo de trabajo de Highroad (automático), ")
                .doesNotContain("<td>yes</td>", "highroad-workflow");
        String english = HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + id + "?lang=en").body());
        assertThat(english).containsPattern("id=\"criterion-ADVANCEMENT-PLAN\">\\s*<th[^>]*>[^<]*</th>\\s*<td>yes</td>")
                .contains("Highroad workflow (automatic), ").doesNotContain("highroad-workflow");
        // its living-wage flag ($22.00 under $26.00) names the field and the rule in words, not the code's names
        assertThat(spanish).contains("<strong>Salario por hora</strong>: ", "(la referencia de salario digno del condado)")
                .doesNotContain("LIVING_WAGE", "<strong>hourlyWage</strong>");
        assertThat(english).contains("<strong>Hourly wage</strong>: ", "(the county's living-wage benchmark)")
                .doesNotContain("LIVING_WAGE", "<strong>hourlyWage</strong>");

        // a request returned for want of an attestation: the attestation in words, on the staff's and the employer's page
        ObjectNode unattested = content().put("hires", 1);
        unattested.putArray("attestations").add("AGREEMENT_BEFORE_HIRE");
        JsonNode returned = submitted(TestUsers.HARBOR, program("250000.00", "8000.00"), unattested);
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("reasons").toString()).contains("the program requires the attestation NO_DISPLACEMENT");
        String returnedPage = "/staff/subsidies/requests/" + returned.path("id").asLong();
        assertThat(HtmlUtils.htmlUnescape(staff.get(returnedPage + "?lang=es").body())).contains("<strong>Declaraciones</strong>: <span>"
                + "el programa exige la declaración: Ningún trabajador actual es desplazado").doesNotContain("NO_DISPLACEMENT");
        assertThat(HtmlUtils.htmlUnescape(staff.get(returnedPage + "?lang=en").body())).contains("<strong>Attestations</strong>: <span>"
                + "the program requires the attestation: No current worker is displaced").doesNotContain("NO_DISPLACEMENT");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(HtmlUtils.htmlUnescape(harbor.get("/portal/subsidies/" + returned.path("id").asLong() + "?lang=es").body()))
                .contains("el programa exige la declaración: Ningún trabajador actual es desplazado")
                .doesNotContain("NO_DISPLACEMENT");
        harbor.get("/portal/subsidies?lang=en");
    }

    private static String shown(LocalDate day, String language) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.forLanguageTag(language.equals("es") ? "es-US" : "en-US"))); // as PageFormats
    }

    private Map<String, String> form(String wage, String hires, boolean planned) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        var c = content();
        for (String field : List.of("position", "classification", "sector", "county", "hoursPerWeek", "trainingHours",
                "startDate", "operatingSince", "healthPremiumShare", "paidLeaveDays", "retirementPercent", "scheduleNoticeDays",
                "advancementPath", "trainingPlan")) {
            f.put(field, c.path(field).asText());
        }
        if (!planned) {
            f.put("trainingPlan", "");
        }
        f.put("hourlyWage", wage);
        f.put("hires", hires);
        f.put("workerCommittee", "false");
        f.put("attestation-NO_DISPLACEMENT", "true");
        f.put("attestation-AGREEMENT_BEFORE_HIRE", "true");
        f.put("action", "submit");
        return f;
    }
}
