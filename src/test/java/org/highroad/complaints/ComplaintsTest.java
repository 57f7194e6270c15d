package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.highroad.payroll.PayrollTest;

/** Shared steps for the complaint tests: a valid complaint to vary, posted from a loopback address of the test's own. */
public abstract class ComplaintsTest extends PayrollTest {

    /** A complaint about last week that passes every check; tests change one field at a time. */
    protected Map<String, Object> complaint() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", "Harbor Builders");
        body.put("worksite", "Branch library, 12 Main Street");
        body.put("narrative", "I worked 50 hours but was paid for 40, and at a lower rate than the other electricians.");
        body.put("weekEnding", java.time.LocalDate.now(clock).minusDays(7).toString());
        body.put("hoursClaimed", 50);
        body.put("payClaimed", 2000.00);
        body.put("language", "es");
        return body;
    }

    protected static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    protected PublicClient publicClient() {
        return new PublicClient(port);
    }

    /** Posts a complaint from a fresh address; returns the new complaint's id. */
    protected long file(Map<String, Object> body) {
        PublicClient.Answer answer = publicClient().post(body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return jdbc.queryForObject("select id from worker_complaint where receipt = ?", Long.class,
                answer.json().path("receipt").asText());
    }

    protected int complaints() {
        return jdbc.queryForObject("select count(*) from worker_complaint", Integer.class);
    }

    protected int submissions() {
        return jdbc.queryForObject("select count(*) from complaint_submission", Integer.class);
    }
}
