package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import org.highroad.enforcement.web.CaseStepTexts;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.HtmlUtils;

/**
 * The steps on the staff case page read as sentences in the page's language: the notice names the vendors by name and
 * lists its findings as a sentence lists them ("12, 13 y 14"), never in a program's list brackets; its cure date is
 * written as the page writes dates, not as an ISO date inside a Spanish sentence; a list cut short says how many more
 * in the page's words. The record and the API keep the step as recorded.
 */
class StaffCaseStepsInWordsTest extends CaseTest {

    @Autowired
    CaseStepTexts texts;

    @Autowired
    org.springframework.context.MessageSource messages;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theNoticeStepNamesItsVendorAndFindingsAndItsCureDateInThePagesWords() {
        long caseId = openCase("Steps in words " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        var notice = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json().findParents("step").stream()
                .filter(s -> s.path("step").asText().equals("NOTICE")).findFirst().orElseThrow();
        assertThat(notice.path("rationale").asText()).as("the record keeps what the rules wrote")
                .matches("Notice of non-compliance 1 to vendor\\(s\\) \\[\\d+] for finding\\(s\\) \\[\\d+(, \\d+)*]");
        LocalDate due = LocalDate.parse(notice.path("reason").asText().substring("cure by ".length(), "cure by ".length() + 10));

        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String path = "/staff/cases/" + caseId;
        String spanish = steps(auditor.get(path + "?lang=es").body());
        assertThat(spanish).containsPattern("Aviso de incumplimiento 1 al proveedor Harbor Builders LLC por (el hallazgo \\d+|"
                + "los hallazgos (\\d+, )*\\d+ y \\d+)<")
                .contains("subsanar a más tardar el " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.forLanguageTag("es-US")).format(due) + " (")
                .doesNotContain("proveedor o proveedores", "hallazgo o hallazgos", "el " + due + " (", "[");
        String english = steps(auditor.get(path + "?lang=en").body());
        assertThat(english).containsPattern("Notice of non-compliance 1 to Harbor Builders LLC for findings? \\d+")
                .contains("cure by " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US).format(due)
                        + " (")
                .doesNotContain("vendor(s)", "finding(s)", "cure by " + due);
    }

    /** The page's list of steps, unescaped. */
    private static String steps(String page) {
        int at = page.indexOf("id=\"steps\"");
        assertThat(at).as("the page lists the steps").isPositive();
        return HtmlUtils.htmlUnescape(page.substring(at, page.indexOf("</ol>", at)));
    }

    @Test
    void aListCutShortSaysHowManyMoreInThePagesWords() {
        CaseSteps.StepView step = new CaseSteps.StepView("FINDINGS", "CONFIRMED", null, "60 finding(s) confirmed together: "
                + "[1, 2, 3, … and 57 more].", "Checked against the timesheets", "auditor", Instant.EPOCH);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(texts.rationale(step)).isEqualTo("60 hallazgos confirmados en conjunto: 1, 2, 3 y 57 más.");
        assertThat(texts.reason(step)).isEqualTo("Checked against the timesheets");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.rationale(step)).isEqualTo("60 findings confirmed together: 1, 2, 3 and 57 more.");
        assertThat(texts.rationale(new CaseSteps.StepView("FINDINGS", "DISMISSED", null,
                "1 finding(s) dismissed together: [7].", null, "auditor", Instant.EPOCH))).isEqualTo("1 finding dismissed together: 7.");
    }

    @Test
    void findingsAreListedInAscendingOrderAndADismissalSaysOneVerb() {
        CaseSteps.StepView step = new CaseSteps.StepView("FINDINGS", "DISMISSED", null, "2 finding(s) dismissed together: "
                + "[6, 5].", null, "auditor", Instant.EPOCH);
        Locale es = Locale.forLanguageTag("es");
        LocaleContextHolder.setLocale(es);
        assertThat(texts.rationale(step)).isEqualTo("2 hallazgos descartados en conjunto: 5 y 6.");
        assertThat(messages.getMessage("staffcase.stepDecision.DISMISSED", null, es)).isEqualTo("descartados");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.rationale(step)).isEqualTo("2 findings dismissed together: 5 and 6.");
    }

    /** The escalation steps agree with their nouns in Spanish: "Retención: aplicada", "Multas: aplicadas". */
    @Test
    void anAppliedWithholdingReadsInTheFeminine() {
        Locale es = Locale.forLanguageTag("es");
        assertThat(messages.getMessage("staffcase.stepDecision.WITHHOLDING.APPLIED", null, es)).isEqualTo("aplicada");
        assertThat(messages.getMessage("staffcase.stepDecision.FINES.APPLIED", null, es)).isEqualTo("aplicadas");
        assertThat(messages.getMessage("staffcase.stepDecision.DEBARMENT_REFERRAL.APPLIED", null, es)).isEqualTo("aplicada");
    }
}
