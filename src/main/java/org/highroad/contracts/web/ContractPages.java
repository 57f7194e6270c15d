package org.highroad.contracts.web;

import org.springframework.web.bind.annotation.RequestParam;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PageParams;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.highroad.contracts.ContractDocuments;
import org.highroad.contracts.ContractView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.WageRule;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.pages.HtmlPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The contractor portal's home and contract pages: my contracts and subcontracts (status, value, period, whether I am
 * the prime or a subcontractor), and one contract's committed wages and required shares of work hours. Read through
 * {@link Contracts} as the API reads them, so a contractor sees only the contracts its vendor is a party to (another
 * contract's page is not found).
 */
@Controller
@HtmlPages
class ContractPages {

    private final Contracts contracts;
    private final ContractDocuments documents;
    private final Clock clock;

    ContractPages(Contracts contracts, ContractDocuments documents, Clock clock) {
        this.contracts = contracts;
        this.documents = documents;
        this.clock = clock;
    }

    /** A contract in the list, and whether the reader's vendor is its prime. */
    record Line(ContractView contract, boolean prime) {
    }

    /** A classification's wages: what the bid offered, the prevailing rate, and the committed rate payroll is checked on. */
    record WageLine(ContractView.Wage wage, WageRule committed) {
    }

    @GetMapping("/portal/")
    @PreAuthorize("hasRole('CONTRACTOR')")
    String home(@RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        PageView<ContractView> shown = contracts.list(user, new PageParams(page, "50", null));
        List<Line> lines = shown.items().stream().map(c -> new Line(c, isPrime(c, user))).toList();
        model.addAttribute("contracts", lines);
        model.addAttribute("paged", shown);
        // the user's messages ("notifications") are added by the notifications module's pages (PortalMessages)
        return "contracts/home";
    }

    @GetMapping("/portal/contracts/{id}")
    @PreAuthorize("hasRole('CONTRACTOR')")
    String contract(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        ContractView c = contracts.get(id, user);
        LocalDate on = on(c);
        List<WageLine> wages = c.current() == null ? List.of() : c.current().wages().stream()
                .map(w -> new WageLine(w, contracts.wageRule(id, w.classification(), on).orElse(null))).toList();
        model.addAttribute("contract", c);
        model.addAttribute("prime", isPrime(c, user));
        model.addAttribute("wages", wages);
        model.addAttribute("wagesOn", on);
        model.addAttribute("workforce", contracts.workforceRules(id, on));
        return "contracts/contract";
    }

    /**
     * The contract's document (its clauses and schedules, as the API serves it at {@code /api/contracts/{id}/document.pdf})
     * for the contractor signed in to the portal: read through {@link ContractDocuments} as the API reads it, so another
     * vendor's contract is not found, as its page is.
     */
    @GetMapping("/portal/contracts/{id}/document.pdf")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        byte[] pdf = documents.pdf(id, user);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"contract-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** The committed wages shown are today's, or the first day's before the work starts and the last day's after. */
    private LocalDate on(ContractView c) {
        LocalDate today = LocalDate.now(clock);
        if (c.periodStart() != null && today.isBefore(c.periodStart())) {
            return c.periodStart();
        }
        return c.periodEnd() != null && today.isAfter(c.periodEnd()) ? c.periodEnd() : today;
    }

    private static boolean isPrime(ContractView c, HighroadUser user) {
        return c.primeVendorId() != null && c.primeVendorId().equals(user.vendorId());
    }
}
