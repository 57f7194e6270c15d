package org.highroad.enforcement;

import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plain-text summary of a case for the decision tasks' forms: findings, notices, responses, ledger, deadline. */
@Service
public class CaseSummaries {

    private final ComplianceCaseRepository cases;
    private final PayrollResults payroll;
    private final CaseNotices notices;
    private final CaseResponses responses;
    private final CaseLedgers ledgers;

    CaseSummaries(ComplianceCaseRepository cases, PayrollResults payroll, CaseNotices notices, CaseResponses responses,
            CaseLedgers ledgers) {
        this.cases = cases;
        this.payroll = payroll;
        this.notices = notices;
        this.responses = responses;
        this.ledgers = ledgers;
    }

    @Transactional(readOnly = true)
    public String summary(long caseId) {
        ComplianceCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("no compliance case " + caseId));
        StringBuilder s = new StringBuilder("Case ").append(caseId).append(", contract ").append(c.contractId())
                .append(", contractor ").append(c.vendorId());
        if (c.vendorId() != c.primeVendorId()) {
            s.append(" (subcontractor; prime ").append(c.primeVendorId()).append(" is liable)");
        }
        s.append("\nEscalation step: ").append(c.escalationStep()).append("; cure due ").append(c.cureDue())
                .append("; next check ").append(c.nextCheck());
        s.append("\n\nFindings:");
        var byId = payroll.findingsByIds(c.findings().stream().map(ComplianceCase.CaseFinding::findingId).toList());
        for (ComplianceCase.CaseFinding f : c.findings()) {
            FindingView v = byId.stream().filter(x -> x.id() == f.findingId()).findFirst().orElse(null);
            s.append("\n- ").append(f.findingId()).append(" ").append(v == null ? "?" : v.kind()).append(", ")
                    .append(f.review()).append(v != null && v.amountOwed() != null ? ", owed $" + v.amountOwed() : "");
        }
        notices.list(caseId).forEach(n -> s.append("\nNotice ").append(n.sequenceNo()).append(" issued ")
                .append(n.issuedAt()).append(": $").append(n.amountOwed()).append(" owed, cure by ").append(n.cureDue()));
        s.append("\n\nResponses:");
        responses.list(caseId).forEach(r -> s.append("\n- ").append(r.submittedAt()).append(" ").append(r.kind())
                .append(" by ").append(r.submittedBy()).append(r.text() == null ? "" : ": " + r.text())
                .append(r.submissionId() == null ? "" : " (payroll " + r.submissionId() + ")"));
        RestitutionLedger ledger = ledgers.of(caseId);
        s.append("\n\nLedger: owed $").append(ledger.totals().owed()).append(", paid $").append(ledger.totals().paid())
                .append(", outstanding $").append(ledger.totals().outstanding()).append(", withholding held $")
                .append(ledger.totals().held());
        ledger.workers().forEach(w -> s.append("\n- worker ").append(w.workerRef()).append(": owed $").append(w.owed())
                .append(", paid $").append(w.paid()).append(", outstanding $").append(w.outstanding()));
        return s.toString();
    }
}
