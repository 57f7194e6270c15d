package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.highroad.procurement.domain.Ranking;
import org.junit.jupiter.api.Test;

/**
 * The solicitation page says how ties are broken in the reader's language: the English words are the ranking's own
 * order (so the page cannot drift from the rule), the Spanish words are Spanish.
 */
class TieBreakInWordsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(TieBreakInWordsTest.class.getResourceAsStream("/procurement/" + name),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void theTieBreakOrderReadsInEnglishAndSpanish() throws IOException {
        assertThat(bundle("messages.properties").getProperty("solicitation.ranking.tieBreakRule")).isEqualTo(Ranking.TIE_BREAK);
        assertThat(bundle("messages_es.properties").getProperty("solicitation.ranking.tieBreakRule"))
                .startsWith("puntuación total").doesNotContain("highest", "then");
    }
}
