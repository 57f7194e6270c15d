package org.highroad.enforcement.web;

import java.util.List;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.platform.security.HighroadUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Compliance cases: the auditor's queue, and a contractor's own cases. */
@RestController
class CasesController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final ComplianceCases cases;

    CasesController(ComplianceCases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/cases")
    @PreAuthorize(ANYONE)
    List<CaseView> list(@AuthenticationPrincipal HighroadUser user) {
        return cases.list(user);
    }

    @GetMapping("/api/cases/{id}")
    @PreAuthorize(ANYONE)
    CaseView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return cases.get(id, user);
    }
}
