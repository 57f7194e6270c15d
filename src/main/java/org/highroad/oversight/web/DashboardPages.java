package org.highroad.oversight.web;

import java.util.List;
import org.highroad.oversight.AgencyDashboard;
import org.highroad.oversight.ContractPeriods;
import org.highroad.oversight.Dashboard;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.Agency;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff dashboard {@code /staff/dashboard?agency=}: tables first (the page works without script; the charts of
 * {@code /public/oversight-charts.js} draw the same figures from {@code /staff/dashboard/data.json} and are hidden from
 * assistive technology, the tables being their text), each figure linking to the list behind it, each list downloadable
 * as CSV. Without an agency, the first agency that has contracts (else the first).
 */
@Controller
@HtmlPages
class DashboardPages {

    private static final String CHOSEN = "oversight.agency";
    /** Contracts a page of the dashboard shows: a screenful of rows, each with its shares and composition lines. */
    static final String PAGE_SIZE = "20";

    private final AgencyDashboard dashboards;

    DashboardPages(AgencyDashboard dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/staff/dashboard")
    @PreAuthorize(OversightController.STAFF)
    String dashboard(@RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") String page,
            @AuthenticationPrincipal HighroadUser user, Model model, jakarta.servlet.http.HttpSession session) {
        List<Agency> agencies = dashboards.agencies();
        // the agency chosen last in this session, so that the language switch (which keeps only the path) keeps it too
        Dashboard d = dashboard(agency != null && !agency.isBlank() ? agency : (String) session.getAttribute(CHOSEN), user,
                new PageParams(page, PAGE_SIZE, null));
        session.setAttribute(CHOSEN, d.agencyCode());
        model.addAttribute("agencies", agencies);
        model.addAttribute("d", d);
        model.addAttribute("pagerPath", "/staff/dashboard?agency=" + d.agencyCode());
        model.addAttribute("byContract", d.workforce().stream().collect(java.util.stream.Collectors.groupingBy(
                Dashboard.ShareSeries::contractId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
        // per dimension, the lines of each contract in the contracts' order, then those over all contracts (key null)
        java.util.Map<String, java.util.Map<Long, List<Dashboard.CompositionLine>>> composition = new java.util.LinkedHashMap<>();
        for (String dimension : List.of("RACE_ETHNICITY", "GENDER", "RESIDENCY")) {
            java.util.Map<Long, List<Dashboard.CompositionLine>> byContract = new java.util.LinkedHashMap<>();
            d.composition().stream().filter(l -> l.dimension().equals(dimension))
                    .forEach(l -> byContract.computeIfAbsent(l.contractId(), k -> new java.util.ArrayList<>()).add(l));
            composition.put(dimension, byContract);
        }
        model.addAttribute("composition", composition);
        return "oversight/dashboard";
    }

    @GetMapping("/staff/dashboard/data.json")
    @PreAuthorize(OversightController.STAFF)
    @ResponseBody
    Dashboard data(@RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") String page,
            @AuthenticationPrincipal HighroadUser user) {
        return dashboard(agency, user, new PageParams(page, PAGE_SIZE, null));
    }

    @GetMapping("/staff/dashboard/contracts.csv")
    @PreAuthorize(OversightController.STAFF)
    ResponseEntity<String> contracts(@RequestParam(required = false) String agency, @AuthenticationPrincipal HighroadUser user) {
        Dashboard d = whole(agency, user);
        return Lists.contracts(d).download(d.agencyCode() + "-contracts.csv");
    }

    @GetMapping("/staff/dashboard/workforce.csv")
    @PreAuthorize(OversightController.STAFF)
    ResponseEntity<String> workforce(@RequestParam(required = false) String agency, @AuthenticationPrincipal HighroadUser user) {
        Dashboard d = whole(agency, user);
        return Lists.workforce(d).download(d.agencyCode() + "-workforce.csv");
    }

    @GetMapping("/staff/dashboard/composition.csv")
    @PreAuthorize(OversightController.STAFF)
    ResponseEntity<String> composition(@RequestParam(required = false) String agency, @AuthenticationPrincipal HighroadUser user) {
        Dashboard d = whole(agency, user);
        return Lists.composition(d).download(d.agencyCode() + "-composition.csv");
    }

    @GetMapping("/staff/dashboard/subsidies.csv")
    @PreAuthorize(OversightController.STAFF)
    ResponseEntity<String> subsidies(@RequestParam(required = false) String agency, @AuthenticationPrincipal HighroadUser user) {
        Dashboard d = whole(agency, user);
        return Lists.subsidies(d).download(d.agencyCode() + "-subsidies.csv");
    }

    @GetMapping("/staff/dashboard/contracts/{id}")
    @PreAuthorize(OversightController.STAFF)
    String periods(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        model.addAttribute("c", dashboards.periods(id, user));
        return "oversight/periods";
    }

    @GetMapping("/staff/dashboard/contracts/{id}/periods.csv")
    @PreAuthorize(OversightController.STAFF)
    ResponseEntity<String> periodsCsv(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        ContractPeriods c = dashboards.periods(id, user);
        Csv csv = new Csv("contract_id", "vendor_id", "vendor", "period_start", "period_ending", "due_on", "state", "payroll_id");
        c.periods().forEach(p -> csv.row(c.contractId(), p.vendorId(), p.vendor(), p.periodStart(), p.weekEnding(), p.dueOn(),
                p.state(), p.submissionId()));
        return csv.download("contract-" + id + "-periods.csv");
    }

    /** A page of the agency's contracts (the agency shown last, else the first with contracts), checked as every list's. */
    private Dashboard dashboard(String agency, HighroadUser user, PageParams page) {
        PageQuery q = page.query(OversightController.NEWEST_FIRST);
        return dashboards.of(code(agency, user), user, q.page(), q.size());
    }

    /** Every contract of the agency: what the CSV downloads hold. */
    private Dashboard whole(String agency, HighroadUser user) {
        return dashboards.whole(code(agency, user), user);
    }

    private String code(String agency, HighroadUser user) {
        return agency != null && !agency.isBlank() ? agency.strip()
                : dashboards.defaultAgency(user).orElseThrow(() -> new NotFoundException("no agency yet"));
    }
}
