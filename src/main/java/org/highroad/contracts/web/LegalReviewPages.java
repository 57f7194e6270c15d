package org.highroad.contracts.web;

import java.util.List;
import org.highroad.contracts.ContractDocuments;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.WageRule;
import org.highroad.contracts.process.ContractAwardProcess;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.vendors.VendorRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The procurement officer's contract pages: the contracts drafted from awards waiting in legal review (paged), and a
 * contract's page with its PDF, its schedules (committed wages per classification on the first day, the required
 * shares of work hours, the reporting and enforcement terms, the clauses) and a link to its legal-review task in
 * Tasklist, where the officer decides it. Read through {@link Contracts} and {@link ContractDocuments} as
 * {@code /api/contracts} reads them.
 */
@Controller
@HtmlPages
class LegalReviewPages {

    private static final String OFFICERS = "hasAnyRole('PROCUREMENT_OFFICER','ADMIN')";
    /**
     * A contract's page and PDF are read by all agency staff, as {@code GET /api/contracts/{id}} is: the auditor's case
     * page and Tasklist forms link to them. Changing it stays the officer's.
     */
    private static final String STAFF = "hasAnyRole('PROCUREMENT_OFFICER','ADMIN','AUDITOR','WORKFORCE_STAFF')";

    private final Contracts contracts;
    private final ContractDocuments documents;
    private final ContractAwardProcess award;
    private final VendorRegistry vendors;

    LegalReviewPages(Contracts contracts, ContractDocuments documents, ContractAwardProcess award, VendorRegistry vendors) {
        this.contracts = contracts;
        this.documents = documents;
        this.award = award;
        this.vendors = vendors;
    }

    /** A contract with its prime's legal name. */
    record Line(ContractView contract, String prime) {
    }

    /** A classification's wages as drafted, and the rate committed on the contract's first day. */
    record WageLine(ContractView.Wage wage, WageRule committed) {
    }

    @GetMapping("/staff/contracts")
    @PreAuthorize(OFFICERS)
    String list(@RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        PageView<ContractView> shown = contracts.listInStatus(ContractStatus.IN_LEGAL_REVIEW, user, new PageParams(page, "25", null));
        model.addAttribute("contracts", shown.items().stream().map(c -> new Line(c, vendors.legalName(c.primeVendorId()))).toList());
        model.addAttribute("paged", shown);
        return "contracts/staff-contracts";
    }

    @GetMapping("/staff/contracts/{id}")
    @PreAuthorize(STAFF)
    String contract(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        ContractView c = contracts.fullView(id, user);
        List<WageLine> wages = c.current() == null ? List.of() : c.current().wages().stream()
                .map(w -> new WageLine(w, c.periodStart() == null ? null
                        : contracts.wageRule(id, w.classification(), c.periodStart()).orElse(null))).toList();
        model.addAttribute("c", c);
        model.addAttribute("prime", vendors.legalName(c.primeVendorId()));
        model.addAttribute("wages", wages);
        model.addAttribute("workforce", c.periodStart() == null ? List.of() : contracts.workforceRules(id, c.periodStart()));
        // the legal review is the officer's: other staff read the contract without a task they could not open
        boolean reviews = user.has(Role.PROCUREMENT_OFFICER) || user.has(Role.ADMIN);
        model.addAttribute("reviewTask", reviews && c.status() == ContractStatus.IN_LEGAL_REVIEW
                ? award.legalReviewTask(id).map(t -> "/operaton/app/tasklist/default/#/?task=" + t).orElse(null) : null);
        return "contracts/staff-contract";
    }

    @GetMapping("/staff/contracts/{id}/document.pdf")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(documents.pdf(id, user));
    }
}
