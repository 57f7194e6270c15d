package org.highroad.standards.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The metrics a standard version may score are exactly those the answers are built with: a bid's by procurement
 * ({@code BidAnswers}, plus the vendor record's past performance), a wage-subsidy request's by subsidies
 * ({@code JobQuality}). Read from their sources, so a metric added there without being added here (or the reverse) fails.
 */
class RubricMetricsTest {

    private static final Pattern METRIC = Pattern.compile(
            "(?:put\\(numbers, |flags\\.put\\(|withNumber\\(|withFlag\\()\"([A-Za-z0-9]+)\"");

    @Test
    void aBidsMetricsAreTheAnswersProcurementBuilds() throws IOException {
        Set<String> built = metricsIn("src/main/java/org/highroad/procurement/domain/BidAnswers.java");
        built.addAll(RubricValidator.PAST_PERFORMANCE_METRICS);
        assertThat(RubricMetrics.BID).containsExactlyInAnyOrderElementsOf(built);
    }

    @Test
    void aSubsidyRequestsMetricsAreTheAnswersSubsidiesBuild() throws IOException {
        assertThat(RubricMetrics.SUBSIDY_REQUEST)
                .containsExactlyInAnyOrderElementsOf(metricsIn("src/main/java/org/highroad/subsidies/domain/JobQuality.java"));
    }

    private static Set<String> metricsIn(String source) throws IOException {
        Matcher m = METRIC.matcher(Files.readString(Path.of(source)));
        Set<String> found = new HashSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).as(source).isNotEmpty();
        return found;
    }
}
