package org.highroad.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

class PageMessagesTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    private final MessageSource messages = messages();

    private static MessageSource messages() {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(List.of("enforcement/messages", "platform/messages"));
        properties.setFallbackToSystemLocale(false);
        return new PageMessages().messageSource(properties);
    }

    @Test
    void aRecordsNumberIsWrittenAsItIsLookedUpInEitherLanguage() {
        assertThat(messages.getMessage("staffcase.revise.done", new Object[] {5240L}, Locale.US))
                .isEqualTo("Finding 5240 revised: the ledger owes its new amount.");
        assertThat(messages.getMessage("staffcase.revise.done", new Object[] {5240L}, ES))
                .isEqualTo("Hallazgo 5240 revisado: el libro adeuda su nuevo importe.");
        assertThat(messages.getMessage("staffcases.case", new Object[] {1024}, ES)).isEqualTo("Caso 1024");
    }

    @Test
    void otherArgumentsAndFormattedElementsAreWrittenAsBefore() {
        assertThat(messages.getMessage("x", new Object[] {new BigDecimal("1234.5"), "Harbor", null},
                "{0} / {1} / {2}", Locale.US)).isEqualTo("1,234.5 / Harbor / null");
        assertThat(messages.getMessage("x", new Object[] {new BigDecimal("1234.5")}, "{0}", ES)).isEqualTo("1.234,5");
        assertThat(messages.getMessage("x", new Object[] {12345}, "{0,number} rows", Locale.US)).isEqualTo("12,345 rows");
        assertThat(messages.getMessage("x", new Object[] {1}, "{0,choice,0#none|1#one finding|1<{0} findings}", Locale.US))
                .isEqualTo("one finding");
    }
}
