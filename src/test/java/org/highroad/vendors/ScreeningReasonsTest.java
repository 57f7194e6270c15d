package org.highroad.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The eligibility screening's reasons, as domain.VendorScreening states them for the API and a bid's stored outcome,
 * read on a page in its language: the rule in words (never its constant), every entry that counts, days as the page
 * writes them (never the API's ISO dates), in English as in Spanish.
 */
class ScreeningReasonsTest {

    // as VendorScreening and BidEvaluation.checkEligibility write them: two entries, one of them a liable prime's
    private static final String WAGE_THEFT = "UNRESOLVED_WAGE_THEFT: 2 unresolved wage-theft violation(s) between 2022-01-01 "
            + "and 2025-01-01 (at most 0 allowed); latest on 2024-05-01; entry 3 (found by Demo City Office of Labor "
            + "Compliance, occurred 2024-05-01, unresolved); entry 9 (as liable prime in compliance case 7, occurred "
            + "2023-02-01, unresolved, $80.00 restitution outstanding) (state wage law)";
    private static final String DEBARRED = "ACTIVE_DEBARMENT: debarred by SAM.gov from 2025-01-01 until 2026-01-01 (2 CFR 180.145)";
    private static final String SAFETY = "SERIOUS_SAFETY_CITATIONS: 1 serious safety citation(s) between 2022-01-01 and "
            + "2025-01-01 (at most 0 allowed); latest on 2024-05-01; entry 4 (compliance case 7, occurred 2024-05-01, "
            + "resolved on 2024-06-01)";

    private final ScreeningReasons reasons;

    ScreeningReasonsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(PageReasonsTest.basenames().split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        reasons = new ScreeningReasons(messages, new PageFormats(messages));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSpanishPageSaysTheRuleTheEntriesAndTheDaysInSpanish() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(reasons.clause(WAGE_THEFT)).isEqualTo("robo de salario sin resolver: 2 infracciones de robo de salario "
                + "sin resolver entre el 1 ene. 2022 y el 1 ene. 2025, y la norma no admite ninguna; la última el 1 may. 2024: "
                + "entrada 3 (constatada por Demo City Office of Labor Compliance, ocurrida el 1 may. 2024, sin resolver); "
                + "entrada 9 (como contratista principal responsable en el caso de cumplimiento 7, ocurrida el 1 feb. 2023, "
                + "sin resolver, $80.00 de restitución pendiente) (state wage law)");
        assertThat(reasons.clause(DEBARRED)).isEqualTo("inhabilitación vigente: inhabilitado por SAM.gov desde el 1 ene. 2025 "
                + "hasta el 1 ene. 2026 (2 CFR 180.145)");
        assertThat(reasons.clause(SAFETY)).startsWith("citaciones graves de seguridad: una citación grave de seguridad entre el "
                + "1 ene. 2022").endsWith("entrada 4 (caso de cumplimiento 7, ocurrida el 1 may. 2024, resuelta el 1 jun. 2024)");
        for (String clause : new String[] {WAGE_THEFT, DEBARRED, SAFETY}) {
            assertThat(reasons.clause(clause)).doesNotContain("UNRESOLVED_WAGE_THEFT", "ACTIVE_DEBARMENT", "SERIOUS_SAFETY",
                    "entry", "found by", "occurred", "unresolved", "(s)").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void anEnglishPageSaysThemInWordsTooAndAnUnknownTextIsLeftToTheCaller() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(reasons.clause(WAGE_THEFT)).isEqualTo("unresolved wage theft: 2 unresolved wage-theft violations between "
                + "Jan 1, 2022 and Jan 1, 2025, where the standard allows none; the latest on May 1, 2024: entry 3 (found by "
                + "Demo City Office of Labor Compliance, occurred on May 1, 2024, unresolved); entry 9 (as liable prime in "
                + "compliance case 7, occurred on Feb 1, 2023, unresolved, $80.00 restitution outstanding) (state wage law)");
        assertThat(reasons.clause(DEBARRED.replace(" until 2026-01-01", " with no end date")))
                .isEqualTo("active debarment: debarred by SAM.gov from Jan 1, 2025, with no end date (2 CFR 180.145)");
        assertThat(reasons.clause("UNRESOLVED_WAGE_THEFT: something else")).isNull();
        assertThat(reasons.clause("the vendor is not pre-qualified")).isNull();
        assertThat(reasons.clause(null)).isNull();
    }
}
