package org.highroad.payroll.web;

import org.highroad.payroll.PayrollResults;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.payroll.SubmissionView;
import org.highroad.payroll.WorkerPayReaders;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.security.HighroadUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A certified payroll's rows as checked, for the agency's auditors and administrators (ADR 0032): each worker by name
 * with hours, rates, the checks' findings and the back wages owed, a thousand rows a page, as
 * {@code GET /api/payrolls/{id}/rows} answers them. The page a case's finding links to ("Payroll 2, entry 7").
 */
@Controller
@HtmlPages
class StaffPayrollPages {

    static final int PAGE = 1000;

    private final PayrollSubmissions submissions;
    private final PayrollResults results;

    StaffPayrollPages(PayrollSubmissions submissions, PayrollResults results) {
        this.submissions = submissions;
        this.results = results;
    }

    @GetMapping("/staff/payrolls/{submissionId}/rows")
    @PreAuthorize(WorkerPayReaders.STAFF_ROLES)
    String rows(@PathVariable long submissionId, @RequestParam(defaultValue = "0") int offset,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        SubmissionView s = submissions.get(submissionId, user);
        boolean checked = s.status().equals("ACCEPTED") && !"NO_WORK".equals(s.source());
        int from = Math.max(0, offset);
        model.addAttribute("submission", s);
        model.addAttribute("rows", checked ? results.rows(submissionId, from, PAGE, user) : java.util.List.of());
        model.addAttribute("offset", from);
        return "payroll/staff-rows";
    }
}
