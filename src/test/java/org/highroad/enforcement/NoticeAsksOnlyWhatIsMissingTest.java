package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.highroad.payroll.process.CertifiedPayrollReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A notice asks only for the certified payrolls still missing when it is issued: a week whose payroll came in late
 * before the notice is named as late, not asked for again. The notice names the contractor by its name (no vendor id),
 * the contract by its title and number, and writes its dates in words; its line on the case page says the same.
 */
class NoticeAsksOnlyWhatIsMissingTest extends CaseTest {

    @Test
    void aWeekReceivedLateBeforeTheNoticeIsNamedAsLateAndOnlyTheMissingWeekIsAskedFor() {
        String title = "Notice asks only what is missing";
        long contract = contractWithStatement(title);
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse("2027-01-27").atStartOfDay()));
        for (String week : new String[] {WEEK, "2027-01-16"}) { // both weeks' payrolls are overdue
            Jobs.fireTimer(management, runtime, CertifiedPayrollReviewProcess.PROCESS_ID, contract + ":" + harbor + ":" + week,
                    CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED);
        }
        long caseId = caseOf(contract).path("id").asLong();
        // the first week's payroll comes in, late, before the auditor's review and so before the notice
        Response late = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00",
                ELECTRICIAN) + "\n");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        reviewEveryRound(caseId, Set.of("LATE_REPORT"));

        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("payrollsMissing").toString()).isEqualTo("[\"2027-01-16\"]");
        assertThat(notice.path("payrollsLate").toString()).isEqualTo("[\"2027-01-09\"]");
        String pdf = pdfText(TestUsers.HARBOR, notice.path("pdf").asText());
        assertThat(pdf).contains("submit the certified payroll for the week ending January 16, 2027 (29 CFR 5.5(a)(3)(ii)",
                "The certified payroll for the week ending January 9, 2027 was received after its due date",
                "on file: do not send it again", "To: Harbor Builders LLC Contract: " + title + ", no. " + contract,
                "Issued: January 27, 2027", "Cure by ")
                .doesNotContain("(vendor", "week(s)", "for the week ending January 9, 2027 and", "weeks ending January 9")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        PageSession page = new PageSession(port);
        page.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String html = HtmlUtils.htmlUnescape(page.get("/portal/cases/" + caseId).body());
        assertThat(html).containsPattern("id=\"notice-\\d+-missing\">Send the certified payroll for the week ending: Jan 16, "
                + "2027\\.<").containsPattern("id=\"notice-\\d+-late\">Received late and on file \\(not to be sent again\\): "
                + "the payroll for the week ending Jan 9, 2027\\.<");
        assertThat(HtmlUtils.htmlUnescape(page.get("/portal/cases/" + caseId + "?lang=es").body()))
                .contains("Envíe la nómina certificada de la semana que termina el", "Recibida tarde y archivada");
    }
}
