package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.ShownLinks;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Every agency role walks the staff pages from the staff home and the dashboard, following each link it is shown: no
 * link goes to the API (which asks a browser for a password), and none answers 401, 403 or 404 (a link shown to someone
 * who may not open it). The dashboard names a wage-subsidy program: a link to its report for the roles that read it
 * (administrators, auditors, workforce staff), its name as plain text for an officer.
 */
class StaffLinksTest extends SubsidiesTest {

    /** Enough pages to reach every kind of staff page from the lists, without walking every item of a long list. */
    private static final int MOST_PAGES = 120;
    /** A finding's payroll as the staff case page links it (not this walk's to judge: see below). */

    @Test
    void everyLinkShownToEachRoleOpensForIt() {
        long program = program("250000.00", "8000.00");
        String report = "/staff/subsidies/programs/" + program + "/report";
        for (String user : List.of(TestUsers.ADMIN, TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF)) {
            PageSession session = new PageSession(port);
            session.signIn(user, TestUsers.PASSWORD);
            String dashboard = session.get("/staff/dashboard?agency=DEMO-CITY").body();
            assertThat(dashboard).as(user).contains("id=\"subsidies\"").doesNotContain("href=\"/api/");
            if (user.equals(TestUsers.OFFICER)) {
                assertThat(dashboard).as("the officer may not read a program's report: its name, not a link")
                        .doesNotContain("href=\"" + report + "\"");
                assertThat(session.get(report).status()).isEqualTo(403);
            } else {
                assertThat(dashboard).as(user).contains("href=\"" + report + "\"");
            }
            List<String> refused = walk(session, user);
            assertThat(refused).as(user + ": links shown that do not open").isEmpty();
        }
    }

    /** The staff pages reached from the home and the dashboard; returns the links that failed, with the page showing them. */
    private List<String> walk(PageSession session, String user) {
        Deque<String> next = new ArrayDeque<>(List.of("/staff/", "/staff/dashboard?agency=DEMO-CITY"));
        Set<String> seen = new LinkedHashSet<>(next);
        List<String> failed = new ArrayList<>();
        int opened = 0;
        while (!next.isEmpty() && opened < MOST_PAGES) {
            String path = next.poll();
            Page page = session.get(path);
            opened++;
            if (page.status() == 401 || page.status() == 403 || page.status() == 404 || page.status() >= 500) {
                failed.add(path + " answers " + page.status());
                continue;
            }
            if (page.body() == null || !page.body().contains("<html")) {
                continue; // a PDF or a CSV
            }
            for (String link : ShownLinks.inPage(page.body())) {
                if (link.startsWith("/api/")) {
                    failed.add(path + " links to " + link);
                } else if (link.startsWith("/staff/") && !link.contains("lang=") && seen.add(link)) {
                    next.add(link);
                }
            }
        }
        assertThat(opened).as(user + " opened pages").isGreaterThan(2);
        return failed;
    }
}
