package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A case of more worker groups than a page holds: 60 electricians each paid $55.00 where $60.00 is committed, so 60
 * worker groups (and one of the findings of no worker, when a share falls short), shown 50 to a page of the staff case page (plain links, no script) and paged on the API on request.
 */
class WorkerGroupPagesTest extends CaseTest {

    private static final int WORKERS = 60;
    private static final Pattern WORKER_ROW = Pattern.compile("<tr id=\"worker-([^\"]*)\"");

    private long caseOfSixtyWorkers() {
        long contract = contractWithStatement("Sixty workers " + System.nanoTime());
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= WORKERS; i++) {
            csv.append(row(i, "Worker" + i, String.valueOf(7000 + i), "55.00", "2200.00", ELECTRICIAN)).append('\n');
        }
        Response upload = post(TestUsers.HARBOR, contract, WEEK, csv.toString());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        return caseOf(contract).path("id").asLong();
    }

    private static Set<String> workers(String page) {
        String table = page.substring(page.indexOf("id=\"by-worker\""), page.indexOf("id=\"by-kind\""));
        Set<String> out = new HashSet<>();
        Matcher m = WORKER_ROW.matcher(table);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theWorkerGroupsArePagedOnThePageAndOnTheApi() {
        long caseId = caseOfSixtyWorkers();

        // the API: all of them as before, or one page with the total
        JsonNode all = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker").json();
        assertThat(all.isArray()).isTrue();
        // a group per worker, and one for the findings of no worker (the shares short of their commitments)
        int n = all.size();
        assertThat(n).isBetween(WORKERS, WORKERS + 1);
        JsonNode first = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&size=50").json();
        assertThat(first.path("items").size()).isEqualTo(50);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("totalElements").asInt()).isEqualTo(n);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        JsonNode second = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&page=1&size=50").json();
        assertThat(second.path("items").size()).isEqualTo(n - 50);
        Set<String> keys = new HashSet<>();
        first.path("items").forEach(g -> keys.add(g.path("key").asText()));
        second.path("items").forEach(g -> keys.add(g.path("key").asText()));
        assertThat(keys).hasSize(n);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&page=9&size=50").json()
                .path("items").size()).isZero();
        Response badSize = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&size=0");
        assertThat(badSize.status()).as(badSize.body()).isEqualTo(400);
        assertThat(badSize.body()).contains("size");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&page=x").status()).isEqualTo(400);
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&page=1").status()).isEqualTo(403);

        // the page: 50 groups, a link to the next page; the next page the other 10 and a link back
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        PageSession.Page page = auditor.get("/staff/cases/" + caseId);
        assertThat(page.status()).isEqualTo(200);
        Set<String> shown = workers(page.body());
        assertThat(shown).hasSize(50);
        assertThat(page.body()).contains("id=\"by-worker-pager\"", "id=\"by-worker-next\"", "workers=1", "(workers 1 to 50 of " + n + ")")
                .doesNotContain("id=\"by-worker-previous\"");
        PageSession.Page next = auditor.get("/staff/cases/" + caseId + "?workers=1&page=0");
        assertThat(next.status()).isEqualTo(200);
        Set<String> rest = workers(next.body());
        assertThat(rest).hasSize(n - 50).doesNotContainAnyElementsOf(shown);
        assertThat(next.body()).contains("id=\"by-worker-previous\"", "(workers 51 to " + n + " of " + n + ")").doesNotContain("id=\"by-worker-next\"");
        assertThat(auditor.get("/staff/cases/" + caseId + "?workers=1&lang=es").body()).contains("(trabajadores 51 a " + n + " de " + n + ")");
        assertThat(auditor.get("/staff/cases/" + caseId + "?workers=-1").status()).isEqualTo(400);

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/staff/cases/" + caseId + "?workers=1").status()).isEqualTo(403);
    }
}
