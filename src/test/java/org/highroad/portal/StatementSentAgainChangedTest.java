package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A Statement of Compliance form sent again with its one-time token but CHANGED values is not answered "filed" with the
 * change dropped: the page shows the statement the form filed first, in force, and says the second send was not filed
 * (409, English and Spanish); the API answers 409 problem details for an Idempotency-Key sent with other values, also
 * when both arrive at once. The same values again keep answering the first statement.
 */
class StatementSentAgainChangedTest extends CaseTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void theSameFormWithOtherValuesIsAConflictThePageExplains() throws Exception {
        long contract = contractWithStatement("Statement sent again changed");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Matcher token = FORM_TOKEN.matcher(harbor.get("/portal/contracts/" + contract + "/statement?lang=en").body());
        assertThat(token.find()).isTrue();
        Map<String, String> first = Map.of("planCount", "1", "signatoryName", "Dana Reyes", "signatoryTitle", "Payroll Manager",
                "plan0-name", "Plan A", "plan0-hourlyCredit", "5.00", "action", "file", "formToken", token.group(1));
        assertThat(harbor.post("/portal/contracts/" + contract + "/statement", first).status()).isEqualTo(302);
        assertThat(count(contract)).isEqualTo(2);

        Map<String, String> changed = new HashMap<>(first);
        changed.put("signatoryTitle", "CFO-CHANGED-AFTER-BACK");
        changed.put("plan0-hourlyCredit", "9.99");
        Page conflict = harbor.post("/portal/contracts/" + contract + "/statement", changed);
        assertThat(conflict.status()).isEqualTo(409);
        // the statement in force is shown among those filed, and the form keeps what was just typed (nothing lost)
        assertThat(conflict.body()).contains("id=\"statement-already-filed\"", "Your second send was not filed",
                "already filed with this form", "value=\"CFO-CHANGED-AFTER-BACK\"", "value=\"9.99\"",
                "value=\"Dana Reyes\"", "value=\"Plan A\"", "Dana Reyes, Payroll Manager", "$5.00")
                .doesNotContain("id=\"statement-filed\"", "value=\"Payroll Manager\"", "value=\"5.00\"");
        Matcher fresh = FORM_TOKEN.matcher(conflict.body());
        assertThat(fresh.find()).isTrue();
        assertThat(fresh.group(1)).as("a new form for a change").isNotEqualTo(token.group(1));
        harbor.get("/portal/contracts/" + contract + "/statement?lang=es"); // the reader's language, as the page's link sets it
        Page spanish = harbor.post("/portal/contracts/" + contract + "/statement?lang=es", changed);
        assertThat(spanish.status()).isEqualTo(409);
        assertThat(spanish.body()).contains("Su segundo envío no se presentó", "value=\"CFO-CHANGED-AFTER-BACK\"",
                "value=\"9.99\"", "Dana Reyes, Payroll Manager");
        assertThat(count(contract)).as("the change was not filed").isEqualTo(2);
        assertThat(inForce(contract).path("statement").path("signatoryTitle").asText()).isEqualTo("Payroll Manager");

        // the same values again: the statement first filed, as before
        Page same = harbor.post("/portal/contracts/" + contract + "/statement", first);
        assertThat(same.status()).isEqualTo(302);
        assertThat(count(contract)).isEqualTo(2);

        // the API: the same key and body is the first statement; another body with it is 409 problem details
        Map<String, Object> body = statement(List.of());
        Response a = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", body,
                "Idempotency-Key", "soc-key-1");
        Response b = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", body,
                "Idempotency-Key", "soc-key-1");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(b.json().path("id").asLong()).isEqualTo(a.json().path("id").asLong());
        Map<String, Object> other = new HashMap<>(body);
        other.put("signatoryTitle", "CFO");
        Response refused = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", other,
                "Idempotency-Key", "soc-key-1");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("already filed with this form");
        assertThat(count(contract)).isEqualTo(3);

        // two sends of one key with different values at the same moment: one is filed, the other is told
        List<Response> both = AtOnce.atOnce(List.of(
                () -> as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", body,
                        "Idempotency-Key", "soc-key-2"),
                () -> as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", other,
                        "Idempotency-Key", "soc-key-2")));
        assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(count(contract)).isEqualTo(4);
    }

    private int count(long contract) {
        return as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size();
    }

    private com.fasterxml.jackson.databind.JsonNode inForce(long contract) {
        var all = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json();
        return all.get(all.size() - 1);
    }
}
