package org.highroad.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.highroad.platform.security.HighroadUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Who acted and what a scorecard line answered, as a page's reader reads them: the workflow's and the demo loader's
 * technical ids in words, a flag's "yes" and "no" in the page's language; a person's id and a number as given.
 */
class PageFormatsTest {

    private final PageFormats formats;

    PageFormatsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(PageReasonsTest.basenames().split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        formats = new PageFormats(messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theWorkflowAndTheDemoLoaderAreNamedInWordsAPersonByTheirId() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.actor(HighroadUser.WORKFLOW_ID)).isEqualTo("Highroad workflow (automatic)");
        assertThat(formats.actor(HighroadUser.DEMO_DATA_ID)).isEqualTo("Highroad demo data");
        assertThat(formats.actor("escalation-ladder.dmn")).isEqualTo("Escalation ladder (automatic)");
        assertThat(formats.actor("officer")).isEqualTo("officer");
        assertThat(formats.actor(null)).isEqualTo("—");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(formats.actor(HighroadUser.WORKFLOW_ID)).isEqualTo("Flujo de trabajo de Highroad (automático)");
        assertThat(formats.actor("escalation-ladder.dmn")).isEqualTo("Escala de sanciones (automático)");
        assertThat(formats.actor("officer")).isEqualTo("officer");
    }

    @Test
    void aScorecardsAnswerReadsInThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(formats.answer("yes")).isEqualTo("sí");
        assertThat(formats.answer("no")).isEqualTo("no");
        assertThat(formats.answer("no history")).isEqualTo("sin historial");
        assertThat(formats.answer("27.50")).isEqualTo("27.50");
        assertThat(formats.answer(null)).isEqualTo("—");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.answer("yes")).isEqualTo("yes");
        assertThat(formats.answer("no history")).isEqualTo("no history");
    }
}
