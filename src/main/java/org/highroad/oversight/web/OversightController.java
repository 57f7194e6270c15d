package org.highroad.oversight.web;

import java.util.List;
import org.highroad.oversight.AgencyDashboard;
import org.highroad.oversight.Dashboard;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.Agency;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures for agency staff: an agency's as JSON, each of its lists also as CSV. Contractors get 403:
 * the figures span every contractor of the agency.
 */
@RestController
class OversightController {

    static final String STAFF = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF')";
    /** The dashboard's contracts have one order, newest first: {@code page} and {@code size} only, no {@code sort}. */
    static final SortFields NEWEST_FIRST = SortFields.byId("id", Sort.Direction.DESC);

    private final AgencyDashboard dashboards;

    OversightController(AgencyDashboard dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/oversight/agencies")
    @PreAuthorize(STAFF)
    List<Agency> agencies() {
        return dashboards.agencies();
    }

    @GetMapping("/api/oversight/agencies/{code}")
    @PreAuthorize(STAFF)
    Dashboard dashboard(@PathVariable String code, PageParams page, @AuthenticationPrincipal HighroadUser user) {
        PageQuery q = page.query(NEWEST_FIRST);
        return dashboards.of(code, user, q.page(), q.size());
    }

    @GetMapping("/api/oversight/agencies/{code}/contracts.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<String> contracts(@PathVariable String code, @AuthenticationPrincipal HighroadUser user) {
        return Lists.contracts(dashboards.whole(code, user)).download(code + "-contracts.csv");
    }

    @GetMapping("/api/oversight/agencies/{code}/workforce.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<String> workforce(@PathVariable String code, @AuthenticationPrincipal HighroadUser user) {
        return Lists.workforce(dashboards.whole(code, user)).download(code + "-workforce.csv");
    }

    @GetMapping("/api/oversight/agencies/{code}/subsidies.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<String> subsidies(@PathVariable String code, @AuthenticationPrincipal HighroadUser user) {
        return Lists.subsidies(dashboards.whole(code, user)).download(code + "-subsidies.csv");
    }

    @GetMapping("/api/oversight/agencies/{code}/composition.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<String> composition(@PathVariable String code, @AuthenticationPrincipal HighroadUser user) {
        return Lists.composition(dashboards.whole(code, user)).download(code + "-composition.csv");
    }
}
