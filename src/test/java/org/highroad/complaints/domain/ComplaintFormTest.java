package org.highroad.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.highroad.platform.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a complaint: defaults, every error at once, and naming the field a body was cut in. */
class ComplaintFormTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aComplaintIsAnonymousInEnglishUnlessItSaysOtherwiseAndKeepsItsTextAsGiven() {
        ComplaintSubmission s = ComplaintForm.read(bytes("{\"contract\":\"C-17\",\"worksite\":\"Pier 4\","
                + "\"narrative\":\"<b>no pay</b>\\nsince May\",\"weekEnding\":\"2027-01-16\",\"hoursClaimed\":41.5,\"payClaimed\":0}"), TODAY);
        assertThat(s.anonymous()).isTrue();
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.narrative()).isEqualTo("<b>no pay</b>\nsince May");
        assertThat(s.hoursClaimed()).isEqualByComparingTo("41.50");
        assertThat(s.payClaimed()).isEqualByComparingTo("0.00");
        assertThat(s.contactName()).isNull();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> ComplaintForm.read(bytes("{\"hoursClaimed\":\"lots\",\"payClaimed\":true,\"language\":7}"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("employer", "worksite", "narrative", "hoursClaimed",
                                "payClaimed", "language"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"worksite\":\"x\",\"narrative\":\"aaaa|narrative",
            "{\"contact\":{\"email\":\"a@b.c\",\"name\":\"Ro|contact.name",
            "{\"worksite\":\"x\",\"narrative\":\"done\"|narrative",
            "[\"aaa|body",
            "{\"worksite\":\"x\",\"payClaimed\":[1,2,3|payClaimed"})
    void aBodyCutAtTheLimitNamesTheFieldItWasIn(String prefix, String field) {
        assertThat(ComplaintForm.fieldAtCut(bytes(prefix))).isEqualTo(field);
    }
}
