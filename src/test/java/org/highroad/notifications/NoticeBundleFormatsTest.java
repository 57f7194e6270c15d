package org.highroad.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's messages are always formatted as message formats (NoticeTexts), where a lone apostrophe quotes what
 * follows: "The agency's auditor … case {0}" would read "The agencys auditor … case {0}", its values never filled in.
 * Every message of both bundles, formatted with values, keeps its apostrophes and leaves no placeholder unfilled.
 */
class NoticeBundleFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"notifications/messages.properties", "notifications/messages_es.properties"})
    void everyMessageFillsItsValuesAndKeepsItsApostrophes(String bundle) throws Exception {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        Object[] values = {2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L}; // numbers: a count chooses its plural
        assertThat(texts).isNotEmpty();
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            String shown = new MessageFormat(pattern, Locale.ENGLISH).format(values);
            assertThat(shown).as(bundle + " " + key).doesNotContainPattern("\\{\\d");
            if (pattern.contains(",choice,")) {
                continue; // only one of a choice's branches is shown: its apostrophes are not all there to count
            }
            long written = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
            long kept = shown.chars().filter(c -> c == '\'').count();
            assertThat(kept).as(bundle + " " + key + ": an apostrophe lost (write it as '')").isEqualTo(written);
        }
    }
}
