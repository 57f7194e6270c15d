package org.highroad.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The codes of the modules' reasons: each has its English text and a Spanish one with the same arguments; an English
 * reason is recognized by its code, whatever its arguments, and read in Spanish; a reason no code describes stays
 * English, never blank; English pages get the reason as the module gave it.
 */
public class PageReasonsTest {

    static final Locale ES = Locale.forLanguageTag("es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** The pages' bundles, as application.yaml lists them (spring.messages.basename). */
    public static String basenames() {
        try {
            return Files.readAllLines(Path.of("src/main/resources/application.yaml")).stream()
                    .filter(l -> l.strip().startsWith("basename:")).findFirst().orElseThrow()
                    .strip().substring("basename:".length()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reasons as the application reads them: the same bundles, UTF-8, no fallback to the machine's language. */
    public static PageReasons reasons() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames().split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PageReasons(messages, basenames());
    }

    @Test
    void everyCodeHasAnEnglishAndASpanishTextWithTheSameArguments() {
        int codes = 0;
        for (String basename : basenames().split(",")) {
            Properties english = PageReasons.properties(basename.strip() + ".properties");
            Properties spanish = PageReasons.properties(basename.strip() + "_es.properties");
            Set<String> en = keys(english);
            Set<String> es = keys(spanish);
            assertThat(es).as("Spanish codes of %s", basename).isEqualTo(en);
            for (String key : en) {
                assertThat(placeholders(spanish.getProperty(key))).as("arguments of %s", key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(spanish.getProperty(key)).as("%s is translated", key).isNotBlank();
                codes++;
            }
        }
        assertThat(codes).as("payroll, case responses, bids").isGreaterThan(90);
    }

    @Test
    void aReasonIsRecognizedWithItsArgumentsAndReadInSpanish() {
        PageReasons reasons = reasons();
        assertThat(reasons.text("not a number: write digits with an optional decimal point, e.g. 37.5 (no currency "
                + "symbol, thousands separator, unit or exponent)", ES)).startsWith("no es un número: escriba dígitos");
        assertThat(reasons.text("is 101 characters long: at most 100 characters are kept for last_name", ES))
                .isEqualTo("tiene 101 caracteres: en last_name se guardan como máximo 100 caracteres");
        assertThat(reasons.text("must be the Saturday ending the row's work week (the day columns run from Sunday to "
                + "Saturday); 2025-03-07 is a friday", ES)).endsWith("el 2025-03-07 es viernes");
        assertThat(reasons.text("the work week ending 2025-03-22 has no day in the period 2025-03-02 to 2025-03-15: its "
                + "work weeks end from 2025-03-08 to 2025-03-15", ES)).isEqualTo("la semana de trabajo que termina el "
                + "2025-03-22 no tiene ningún día en el periodo del 2025-03-02 al 2025-03-15: sus semanas de trabajo "
                + "terminan del 2025-03-08 al 2025-03-15");
        assertThat(reasons.text("starts with '=': refused as a possible spreadsheet formula (CSV injection); remove the "
                + "leading character", ES)).startsWith("empieza con «=»");
        assertThat(reasons.text("ELECTRICIAN is offered twice", ES)).isEqualTo("ELECTRICIAN se ofrece dos veces");
        assertThat(reasons.text("not a number as the map writes them (decimal separator ',') (field rate_st)", ES))
                .as("a mapped file's field at the end").isEqualTo("no es un número tal como el mapa los escribe "
                        + "(decimal separator ',') (campo rate_st)");
        assertThat(reasons.text("2025-03-01 is not the last day of a reporting period (calendar month) that the "
                + "contract's payroll calendar expects from your company", ES)).contains("(mes calendario)");
    }

    @Test
    void aReasonWithoutACodeStaysEnglishAndEnglishPagesGetTheReasonAsGiven() {
        PageReasons reasons = reasons();
        assertThat(reasons.text("some reason no module has a code for", ES)).isEqualTo("some reason no module has a code for");
        assertThat(reasons.codeOf("some reason no module has a code for")).isNull();
        assertThat(reasons.text("must not be negative", Locale.ENGLISH)).isEqualTo("must not be negative");
        assertThat(reasons.text("must not be negative", ES)).isEqualTo("no puede ser negativo");
        assertThat(reasons.text(null, ES)).isNull();
        assertThat(reasons.text("must not be negative but more", ES)).as("a code matches the whole reason")
                .isEqualTo("must not be negative but more");
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("reason.") || k.startsWith("reasons.")).forEach(keys::add);
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
