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

    /** Findings that no longer stand are listed as a sentence lists them, with every part of the step in the page's words. */
    @Test
    void findingsThatNoLongerStandAreListedInWords() {
        CaseSteps.StepView step = new CaseSteps.StepView("FINDINGS", "SUPERSEDED", null, "Finding(s) [7, 3, 4] no longer "
                + "stand: correction payroll 12 replaced payroll 9 for the week ending 2026-11-28. Finding(s) [3, 4] were "
                + "named in notice 1 and 2, which stands as it was sent. The restitution they owed, $194.00, is reversed in "
                + "the ledger. As of now no finding of this case stands: unless new findings join it, the case closes when its "
                + "cure period ends (2026-12-17).", null, "workflow", Instant.EPOCH);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.rationale(step)).isEqualTo("Findings 3, 4 and 7 no longer stand: correction payroll 12 replaced "
                + "payroll 9 for the week ending " + medium(LocalDate.of(2026, 11, 28), Locale.US) + ". Findings 3 and 4 were "
                + "named in notices 1 and 2, which stand as they were sent. The restitution they owed, $194.00, is reversed "
                + "in the ledger. As of now no finding of this case stands: unless new findings join it, the case closes when "
                + "its cure period ends (" + medium(LocalDate.of(2026, 12, 17), Locale.US) + ").");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(texts.rationale(step)).startsWith("Los hallazgos 3, 4 y 7 ya no están vigentes: ")
                .contains("Los hallazgos 3 y 4 figuraban en los avisos 1 y 2, que se mantienen tal como se enviaron.",
                        "La restitución que adeudaban, $194.00, se revierte en el libro de restitución.",
                        "el caso se cierra cuando termine su plazo de subsanación (" + medium(LocalDate.of(2026, 12, 17),
                                Locale.forLanguageTag("es-US")) + ").")
                .doesNotContain("[", "]", "Finding(s)", "2026-12-17");

        CaseSteps.StepView one = new CaseSteps.StepView("FINDINGS", "SUPERSEDED", null, "Finding(s) [5] no longer stand: "
                + "the investigation's comparison was restated against payroll 14, the certified payroll in force for the "
                + "week ending 2026-11-28. As of now no finding of this case stands: unless new findings join it, the case "
                + "closes without a notice.", null, "workflow", Instant.EPOCH);
        assertThat(texts.rationale(one)).startsWith("El hallazgo 5 ya no está vigente: ").endsWith("el caso se cierra sin aviso.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.rationale(one)).startsWith("Finding 5 no longer stands: the investigation's comparison was restated")
                .endsWith(" As of now no finding of this case stands: unless new findings join it, the case closes without a "
                        + "notice.").doesNotContain("[");
    }

    private static String medium(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
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
