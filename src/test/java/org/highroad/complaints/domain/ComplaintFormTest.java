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

    private static final String BASE = "{\"employer\":\"Harbor\",\"worksite\":\"Pier 4\",\"narrative\":\"no overtime\",\"claim\":";

    @Test
    void aWorkersAccountOfOneWeekRunsFromThatWeekToItselfAndOvertimeIsUnpaidUnlessTheySaySo() {
        WorkerAccount a = ComplaintForm.read(bytes(BASE + "{\"firstWeekEnding\":\"2027-01-16\",\"hoursPerWeek\":50,"
                + "\"paidBy\":\"CASH\",\"amount\":900}}"), TODAY).account();
        assertThat(a.lastWeekEnding()).isEqualTo(LocalDate.of(2027, 1, 16));
        assertThat(a.hoursPerDay()).isNull();
        assertThat(a.paidBy()).isEqualTo(WorkerAccount.PaidBy.CASH);
        assertThat(a.amount()).isEqualByComparingTo("900.00");
        assertThat(a.overtimePaid()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"firstWeekEnding\":\"2027-01-16\",\"hoursPerWeek\":50,\"paidBy\":\"HOURLY\",\"amount\":30,\"hoursPerDay\":25}|claim.hoursPerDay|between 0 and 24",
            "{\"firstWeekEnding\":\"2027-01-16\",\"lastWeekEnding\":\"2027-01-15\",\"hoursPerWeek\":50,\"paidBy\":\"HOURLY\",\"amount\":30}|claim.lastWeekEnding|before the first",
            "{\"firstWeekEnding\":\"2025-12-13\",\"lastWeekEnding\":\"2027-01-16\",\"hoursPerWeek\":50,\"paidBy\":\"HOURLY\",\"amount\":30}|claim.lastWeekEnding|more than 53 weeks",
            "{\"firstWeekEnding\":\"2027-01-09\",\"lastWeekEnding\":\"2027-01-17\",\"hoursPerWeek\":50,\"paidBy\":\"HOURLY\",\"amount\":30}|claim.lastWeekEnding|same weekday",
            "{\"firstWeekEnding\":\"2027-01-16\",\"hoursPerWeek\":50,\"paidBy\":\"HOURLY\"}|claim.amount|is required",
            "{\"firstWeekEnding\":\"2027-01-16\",\"hoursPerWeek\":50,\"amount\":30}|claim.paidBy|is required",
            "{\"firstWeekEnding\":\"2027-01-16\",\"hoursPerWeek\":50,\"paidBy\":\"HOURLY\",\"amount\":30,\"ssn\":\"1\"}|claim.ssn|not a known field",
            "[1]|claim|must be an object"})
    void aWrongAccountOfPayIsRefusedNamingTheField(String claim, String field, String reason) {
        assertThatThrownBy(() -> ComplaintForm.read(bytes(BASE + claim + "}"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.reason()).contains(reason);
                        }));
    }
}
