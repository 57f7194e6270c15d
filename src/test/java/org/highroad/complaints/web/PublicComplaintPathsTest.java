package org.highroad.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.highroad.complaints.ComplaintsTest;
import org.highroad.support.LoopbackClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-address limit of the public complaint endpoint holds however the path is spelled: every spelling that
 * reaches the endpoint (percent-encoded letters) counts against the same limit (the test profile allows three
 * complaints a minute), and the spellings that do not reach it (a trailing slash, another case, path parameters,
 * doubled slashes and dot segments, which the firewall refuses) file nothing beyond it.
 */
class PublicComplaintPathsTest extends ComplaintsTest {

    private static final String PATH = "/api/public/complaints";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/public/complaint%73", "/api/%70ublic/complaints", "/api/public/%63omplaints",
        "/%61pi/public/complaints", "/api/public/complaint%73?x=1"})
    void aComplaintSentToAnotherSpellingOfThePathCountsAgainstTheSameLimit(String spelling) {
        LoopbackClient worker = new LoopbackClient(port);
        for (int i = 0; i < 3; i++) {
            LoopbackClient.Answer filed = worker.postJson(PATH, complaint());
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        }
        int before = complaints();
        LoopbackClient.Answer fourth = worker.postJson(spelling, complaint());
        assertThat(fourth.status()).as(spelling + ": " + fourth.body()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isNotNull();
        assertThat(complaints()).isEqualTo(before);

        LoopbackClient other = new LoopbackClient(port);
        for (int i = 0; i < 3; i++) {
            LoopbackClient.Answer filed = other.postJson(spelling, complaint());
            assertThat(filed.status()).as(spelling + " reaches the endpoint: " + filed.body()).isEqualTo(201);
        }
        assertThat(other.postJson(PATH, complaint()).status()).as("the path as written, after three by " + spelling)
                .isEqualTo(429);
    }

    @Test
    void aMultipartBodyFromSomeoneNotSignedInIsRefusedUnread() {
        Instant start = Instant.now();
        LoopbackClient.Answer answer = new LoopbackClient(port).declaring("POST", PATH, "multipart/form-data; boundary=x",
                10L * 1024 * 1024);
        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(Duration.between(start, Instant.now())).as("answered without waiting for the body")
                .isLessThan(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/public/complaints/", "/API/public/complaints", "/api/public/Complaints",
        "/api/public/complaint%53", "/api/public/complaints.json", "/api/public/complaints%2F",
        "/api/public/./complaints", "/api/public/x/../complaints", "/api/public/complaints;jsessionid=0123456789ABCDEF",
        "/api/public;x=1/complaints", "//api/public/complaints", "/api//public/complaints"})
    void aSpellingThatDoesNotReachTheEndpointFilesNothing(String spelling) {
        LoopbackClient worker = new LoopbackClient(port);
        int before = complaints();
        for (int i = 0; i < 5; i++) {
            LoopbackClient.Answer answer = worker.postJson(spelling, complaint());
            assertThat(answer.status()).as(spelling + ": " + answer.body()).isIn(List.of(201, 400, 403, 404, 405, 429));
        }
        int filed = complaints() - before;
        assertThat(filed).as("at most the three a minute, whatever the spelling").isLessThanOrEqualTo(3);
    }
}
