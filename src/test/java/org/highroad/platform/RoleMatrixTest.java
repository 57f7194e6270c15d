package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every role. Bodies are deliberately empty: a role that may not call the endpoint must get
 * 403 before the body is read; a role that may gets past the role check (a 2xx, or 400/404/422 for the empty body).
 * Contractor rows act on the contractor's own vendor; another vendor's data is covered in the vendor tests.
 */
class RoleMatrixTest extends ApiTest {

    private static final String ADMIN = TestUsers.ADMIN;
    private static final String OFFICER = TestUsers.OFFICER;
    private static final String AUDITOR = TestUsers.AUDITOR;
    private static final String STAFF = TestUsers.STAFF;
    private static final String CONTRACTOR = TestUsers.HARBOR;
    private static final List<String> EVERYONE = List.of(ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR);

    static Stream<Arguments> endpoints() {
        return Stream.of(
                row("GET", "/api/standards", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/standards", ADMIN),
                row("GET", "/api/standards/BOSTON-STYLE-CONSTRUCTION/versions", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/standards/BOSTON-STYLE-CONSTRUCTION/versions", ADMIN),
                row("GET", "/api/standards/BOSTON-STYLE-CONSTRUCTION/versions/1", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/standards/BOSTON-STYLE-CONSTRUCTION/versions/1", ADMIN),
                row("POST", "/api/standards/NO-SUCH-STANDARD/versions/1/proposal", ADMIN),
                row("POST", "/api/standards/BOSTON-STYLE-CONSTRUCTION/versions/1/decision", ADMIN),
                row("GET", "/api/standards/BOSTON-STYLE-CONSTRUCTION/in-force?date=2026-01-01", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                // wage determinations imported as published: administrators import and pin, everyone reads
                row("POST", "/api/wage-determinations/import", ADMIN),
                row("GET", "/api/wage-determinations", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/wage-determinations/MA20990001/modifications/0", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/standards/NO-SUCH-STANDARD/versions/1/wage-determinations", ADMIN),
                row("GET", "/api/agencies", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/agencies", ADMIN),
                row("GET", "/api/standard-presets", ADMIN),
                row("POST", "/api/standard-presets/no-such-preset/load?agency=DEMO-CITY", ADMIN),
                row("GET", "/api/vendors", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/vendors", ADMIN, OFFICER),
                row("GET", "/api/vendors/{own}", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/vendors/{own}", ADMIN, OFFICER, CONTRACTOR),
                row("POST", "/api/vendors/{own}/violations", ADMIN, OFFICER, AUDITOR),
                row("POST", "/api/vendors/{own}/violations/999999/resolution", ADMIN, AUDITOR),
                row("POST", "/api/vendors/{own}/debarments", ADMIN, OFFICER, AUDITOR),
                row("GET", "/api/vendors/{own}/eligibility?standard=BOSTON-STYLE-CONSTRUCTION&version=1&date=2026-01-01",
                        ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/vendors/{own}/users/no-such-user", ADMIN),
                // the compliance record: staff read every vendor's, a contractor its own, which only it answers
                row("GET", "/api/vendors/{own}/compliance-record", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/vendors/{own}/compliance-record/entries/999999/responses", CONTRACTOR),
                row("POST", "/api/vendors/{own}/qualifications", ADMIN, OFFICER, CONTRACTOR),
                row("GET", "/api/vendors/{own}/qualifications", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/vendors/{own}/qualifications/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/vendors/{own}/qualifications/999999/decision", OFFICER),
                row("GET", "/api/vendors/{own}/qualifications/999999/audit", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                // column maps of payroll exports: the vendor's contractor users keep them, everyone reads and previews
                row("GET", "/api/vendors/{own}/payroll-maps", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/vendors/{own}/payroll-maps", CONTRACTOR),
                row("GET", "/api/vendors/{own}/payroll-maps/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/vendors/{own}/payroll-maps/999999", CONTRACTOR),
                row("DELETE", "/api/vendors/{own}/payroll-maps/999999", CONTRACTOR),
                row("POST", "/api/vendors/{own}/payroll-maps/wh-347-2008/preview?weekEnding=2027-01-09", ADMIN, OFFICER,
                        AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/solicitations", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/solicitations", OFFICER),
                row("GET", "/api/solicitations/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/solicitations/999999", OFFICER),
                row("POST", "/api/solicitations/999999/publication", OFFICER),
                row("POST", "/api/solicitations/999999/cancellation", OFFICER),
                row("GET", "/api/solicitations/999999/bids", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/solicitations/999999/bids", CONTRACTOR),
                row("GET", "/api/solicitations/999999/ranking", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/solicitations/999999/award", OFFICER),
                row("GET", "/api/solicitations/999999/notices", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/solicitations/999999/audit", ADMIN, OFFICER, AUDITOR, STAFF),
                row("GET", "/api/bids/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/bids/999999/scorecard", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/bids/999999/review", OFFICER),
                row("GET", "/api/bids/999999/audit", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/versions", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/document.pdf", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/contracts/999999/draft", OFFICER),
                row("POST", "/api/contracts/999999/legal-review", OFFICER),
                row("POST", "/api/contracts/999999/acceptance", CONTRACTOR),
                row("POST", "/api/contracts/999999/amendments", OFFICER),
                row("POST", "/api/contracts/999999/subcontractors", OFFICER, CONTRACTOR),
                row("GET", "/api/contracts/999999/payroll-calendar", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/wage-rule?classification=X&date=2027-01-01", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/audit", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/clause-templates", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/payrolls", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/payrolls/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/contracts/999999/payrolls?weekEnding=2027-01-09", CONTRACTOR),
                row("POST", "/api/contracts/999999/payrolls/no-work?weekEnding=2027-01-09", CONTRACTOR),
                row("POST", "/api/payrolls/999999/retry", ADMIN, CONTRACTOR),
                row("POST", "/api/payrolls/999999/check", ADMIN, AUDITOR),
                row("POST", "/api/payrolls/999999/no-work", ADMIN, AUDITOR),
                row("GET", "/api/payrolls/999999/rows", ADMIN, AUDITOR, CONTRACTOR),
                row("GET", "/api/contracts/999999/payroll-findings", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/utilization", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/contracts/999999/payroll-compliance", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/contracts/999999/compliance-statements", CONTRACTOR),
                row("GET", "/api/contracts/999999/compliance-statements", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/cases", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/cases/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/cases/999999/findings", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/cases/999999/findings/1/review", AUDITOR),
                row("POST", "/api/cases/999999/findings/1/revision", AUDITOR),
                row("POST", "/api/cases/999999/findings/review", AUDITOR),
                row("GET", "/api/cases/999999/findings/groups", AUDITOR),
                row("POST", "/api/cases/999999/verification", AUDITOR),
                row("POST", "/api/cases/999999/escalation", AUDITOR),
                row("POST", "/api/cases/999999/debarment-referral", ADMIN),
                row("POST", "/api/cases/999999/responses", CONTRACTOR),
                row("GET", "/api/cases/999999/responses", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/cases/999999/ledger", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/cases/999999/ledger/withholdings", ADMIN, AUDITOR),
                row("POST", "/api/cases/999999/ledger/releases", ADMIN, AUDITOR),
                row("GET", "/api/cases/999999/notices", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/cases/999999/notices/1/pdf", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/cases/999999/steps", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/clause-templates", ADMIN),
                // worker complaints: investigators only (POST /api/public/complaints is open to all: ComplaintIntakeTest; so is
                // POST /api/public/complaints/status, the stage by receipt: ComplaintStatusTest)
                row("GET", "/api/complaints", ADMIN, AUDITOR),
                // GET /public/ocds/** and /public/contracts/{id} are open to all, signed in or not: OpenContractingDataTest
                row("GET", "/api/complaints/999999", ADMIN, AUDITOR),
                row("POST", "/api/complaints/999999/triage", AUDITOR),
                row("POST", "/api/complaints/999999/site-visit", AUDITOR),
                // wage subsidies: staff create programs, everyone reads them; employers apply for their own company,
                // workforce staff decide; agency readers see every request
                row("POST", "/api/subsidy-programs", ADMIN, STAFF),
                row("GET", "/api/subsidy-programs", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/subsidy-programs/999999", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/subsidy-programs/999999/report", ADMIN, AUDITOR, STAFF),
                row("POST", "/api/subsidy-requests", CONTRACTOR),
                row("GET", "/api/subsidy-requests", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                row("GET", "/api/subsidy-requests/999999", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/subsidy-requests/999999", CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/submission", CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/revision", CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/withdrawal", CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/reduction", CONTRACTOR),
                row("GET", "/api/subsidy-requests/999999/scorecard", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/review", STAFF),
                row("GET", "/api/subsidy-requests/999999/agreement.pdf", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/agreement/acceptance", CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/hires", CONTRACTOR),
                row("GET", "/api/subsidy-requests/999999/hires", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/hires/T-1/end", STAFF, CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/claims", CONTRACTOR),
                row("GET", "/api/subsidy-requests/999999/claims", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                row("POST", "/api/subsidy-requests/999999/clawbacks", STAFF),
                row("GET", "/api/subsidy-requests/999999/clawbacks", ADMIN, AUDITOR, STAFF, CONTRACTOR),
                // notifications: everyone reads their own messages
                row("GET", "/api/notifications", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                row("PUT", "/api/notifications/language", ADMIN, OFFICER, AUDITOR, STAFF, CONTRACTOR),
                // the agency dashboard's figures: agency staff only, never a contractor (they span every contractor)
                row("GET", "/api/oversight/agencies", ADMIN, OFFICER, AUDITOR, STAFF),
                row("GET", "/api/oversight/agencies/DEMO-CITY", ADMIN, OFFICER, AUDITOR, STAFF),
                row("GET", "/api/oversight/agencies/DEMO-CITY/contracts.csv", ADMIN, OFFICER, AUDITOR, STAFF),
                row("GET", "/api/oversight/agencies/DEMO-CITY/workforce.csv", ADMIN, OFFICER, AUDITOR, STAFF),
                row("GET", "/api/oversight/agencies/DEMO-CITY/subsidies.csv", ADMIN, OFFICER, AUDITOR, STAFF),
                row("GET", "/api/oversight/agencies/DEMO-CITY/composition.csv", ADMIN, OFFICER, AUDITOR, STAFF),
                // account locks: administrators only (an unknown user, so that the matrix locks nobody)
                row("GET", "/api/users/no-such-user/lock", ADMIN),
                row("PUT", "/api/users/no-such-user/lock", ADMIN),
                row("DELETE", "/api/users/no-such-user/lock", ADMIN));
    }

    /**
     * Every page against every role, signed in with the form (the pages take no HTTP Basic). A role that may not open
     * the page gets 403; one that may gets past the role check (the page, or not found for the ids that do not exist);
     * the signed-out are sent to the sign-in. Posts carry the session's CSRF token.
     */
    static Stream<Arguments> pages() {
        String[] staff = {ADMIN, OFFICER, AUDITOR, STAFF};
        return Stream.of(
                row("GET", "/staff/", staff),
                // the officer's pages: reading for officers and administrators, drafting and publishing for officers
                row("GET", "/staff/solicitations", OFFICER, ADMIN),
                row("GET", "/staff/solicitations/new", OFFICER),
                row("POST", "/staff/solicitations", OFFICER),
                row("GET", "/staff/solicitations/999999", OFFICER, ADMIN),
                row("POST", "/staff/solicitations/999999/publication", OFFICER),
                row("GET", "/staff/contracts", OFFICER, ADMIN),
                row("GET", "/staff/contracts/999999", staff),
                row("GET", "/staff/contracts/999999/document.pdf", staff),
                // read-only pages the Tasklist forms link to: a vendor, its profile, a standard version; a payroll's
                // workers by name and pay for auditors and administrators only (ADR 0032)
                row("GET", "/staff/vendors/999999", staff),
                row("GET", "/staff/vendors/999999/qualifications/999999", staff),
                row("GET", "/staff/standards/NO-SUCH/versions/1", staff),
                row("GET", "/staff/payrolls/999999/rows", ADMIN, AUDITOR),
                // workforce staff's pages
                row("GET", "/staff/subsidies/programs", STAFF),
                row("GET", "/staff/subsidies/programs/999999/report", ADMIN, AUDITOR, STAFF),
                row("GET", "/staff/subsidies/requests", STAFF),
                row("GET", "/staff/subsidies/requests/999999", STAFF),
                row("GET", "/staff/dashboard", staff),
                row("GET", "/staff/dashboard?agency=DEMO-CITY", staff),
                row("GET", "/staff/dashboard/data.json?agency=DEMO-CITY", staff),
                row("GET", "/staff/dashboard/contracts.csv?agency=DEMO-CITY", staff),
                row("GET", "/staff/dashboard/workforce.csv?agency=DEMO-CITY", staff),
                row("GET", "/staff/dashboard/subsidies.csv?agency=DEMO-CITY", staff),
                row("GET", "/staff/dashboard/composition.csv?agency=DEMO-CITY", staff),
                row("GET", "/staff/dashboard/contracts/999999", staff),
                row("GET", "/staff/dashboard/contracts/999999/periods.csv", staff),
                row("GET", "/staff/cases", staff),
                row("GET", "/staff/cases/999999", staff),
                row("POST", "/staff/cases/999999/review", AUDITOR),
                row("POST", "/staff/cases/999999/findings/1/revision", AUDITOR),
                row("POST", "/staff/cases/999999/ledger/withholdings", ADMIN, AUDITOR),
                row("POST", "/staff/cases/999999/ledger/releases", ADMIN, AUDITOR),
                row("GET", "/staff/cases/999999/notices/1/pdf", staff),
                row("GET", "/portal/", CONTRACTOR),
                row("GET", "/portal/contracts/999999", CONTRACTOR),
                row("GET", "/portal/contracts/999999/payrolls", CONTRACTOR),
                row("GET", "/portal/contracts/999999/payrolls/file", CONTRACTOR),
                row("POST", "/portal/contracts/999999/payrolls/file", CONTRACTOR),
                row("POST", "/portal/contracts/999999/payrolls/no-work", CONTRACTOR),
                row("GET", "/portal/contracts/999999/payrolls/rows", CONTRACTOR),
                row("POST", "/portal/contracts/999999/payrolls/rows", CONTRACTOR),
                row("GET", "/portal/contracts/999999/statement", CONTRACTOR),
                row("POST", "/portal/contracts/999999/statement", CONTRACTOR),
                row("GET", "/portal/contracts/999999/payrolls/weeks/2027-01-09", CONTRACTOR),
                row("GET", "/portal/payrolls/999999", CONTRACTOR),
                row("GET", "/portal/payrolls/999999/file", CONTRACTOR),
                row("GET", "/portal/payrolls/template.csv", CONTRACTOR),
                row("GET", "/portal/payrolls/sample.csv", CONTRACTOR),
                row("GET", "/portal/cases", CONTRACTOR),
                row("GET", "/portal/cases/999999", CONTRACTOR),
                row("POST", "/portal/cases/999999/payments", CONTRACTOR),
                row("POST", "/portal/cases/999999/plans", CONTRACTOR),
                row("POST", "/portal/cases/999999/corrections", CONTRACTOR),
                row("GET", "/portal/cases/999999/notices/1/pdf", CONTRACTOR),
                row("GET", "/portal/bids", CONTRACTOR),
                row("GET", "/portal/bids/solicitations/999999", CONTRACTOR),
                row("POST", "/portal/bids/solicitations/999999", CONTRACTOR),
                row("GET", "/portal/bids/999999", CONTRACTOR));
    }

    private static final java.util.Map<String, PageSession> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "page {0} {1}")
    @MethodSource("pages")
    void onlyTheNamedRolesOpenThePage(String method, String path, Set<String> allowed) {
        for (String user : EVERYONE) {
            PageSession session = SESSIONS.computeIfAbsent(port + "/" + user, k -> {
                PageSession s = new PageSession(port);
                assertThat(s.signIn(user, TestUsers.PASSWORD).location()).doesNotContain("error");
                return s;
            });
            Page page = send(session, method, path);
            if (allowed.contains(user)) {
                assertThat(page.status()).as(user + " " + method + " " + path + ": " + page.body()).isNotIn(302, 401, 403, 500);
            } else {
                assertThat(page.status()).as(user + " " + method + " " + path).isEqualTo(403);
            }
        }
        Page anonymous = send(new PageSession(port), method, path);
        if (method.equals("GET")) {
            assertThat(anonymous.location()).as("signed out: to the sign-in").endsWith("/sign-in");
        } else {
            assertThat(anonymous.status()).as("signed out, without a token").isEqualTo(403);
        }
    }

    private static Page send(PageSession session, String method, String path) {
        if (method.equals("GET")) {
            return session.get(path);
        }
        return path.endsWith("/file") ? session.upload(path, java.util.Map.of("weekEnding", "2027-01-09"), "file", "w.csv",
                "x\n", true) : session.post(path, java.util.Map.of());
    }

    private static Arguments row(String method, String path, String... allowed) {
        return Arguments.of(method, path, Set.copyOf(Arrays.asList(allowed)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void onlyTheNamedRolesGetPastTheRoleCheck(String method, String path, Set<String> allowed) {
        String resolved = path.replace("{own}", String.valueOf(users.vendorOf(CONTRACTOR)));
        for (String user : EVERYONE) {
            Response response = send(as(user), method, resolved);
            if (allowed.contains(user)) {
                assertThat(response.status()).as(user + " " + method + " " + path + ": " + response.body())
                        .isNotIn(401, 403, 500);
            } else {
                assertThat(response.status()).as(user + " " + method + " " + path).isEqualTo(403);
                assertThat(response.body()).doesNotContain("errors");
            }
        }
        assertThat(send(anonymous(), method, resolved).status()).isEqualTo(401);
    }

    private static Response send(Http http, String method, String path) {
        return switch (method) {
            case "GET" -> http.get(path);
            case "POST" -> http.post(path, "{}");
            case "PUT" -> http.put(path, "{}");
            case "DELETE" -> http.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
