package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.PageFormats;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.ModelAndView;

/** A module's refusal reaches a page with its days as the page writes days, not as the API states them. */
class PageErrorsDaysTest {

    private final PageErrors errors = new PageErrors(new PageFormats(null));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aConflictsDaysAreWrittenInThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ModelAndView page = errors.conflict(new ConflictException("lowers the wage floor on 2027-07-01 from $18.20"));
        assertThat(page.getModel().get("detail")).isEqualTo("lowers the wage floor on Jul 1, 2027 from $18.20");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        page = errors.conflict(new ConflictException("lowers the wage floor on 2027-07-01 from $18.20"));
        assertThat((String) page.getModel().get("detail")).contains("1 jul. 2027").doesNotContain("2027-07-01");
    }

    @Test
    void aRefusedFieldsDaysAreWrittenAsThePageWritesThemAndWhatIsNoDayStays() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ModelAndView page = errors.invalid(new InvalidInputException(List.of(
                new Violation("effectiveFrom", "must not be before today, 2026-12-03"),
                new Violation("reference", "no record 2027-13-45"),
                new Violation("purchaseOrder", "no purchase order PO-2027-01-15 on file"))));
        @SuppressWarnings("unchecked")
        List<FormError> problems = (List<FormError>) page.getModel().get("problems");
        assertThat(problems).extracting(FormError::text)
                .containsExactly("must not be before today, Dec 3, 2026", "no record 2027-13-45",
                        "no purchase order PO-2027-01-15 on file");
    }
}
