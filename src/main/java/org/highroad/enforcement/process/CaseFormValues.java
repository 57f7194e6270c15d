package org.highroad.enforcement.process;

import static org.highroad.enforcement.process.ComplianceCaseProcess.PROCESS_ID;
import static org.highroad.enforcement.process.ComplianceCaseProcess.TASK_APPROVE_DEBARMENT;
import static org.highroad.enforcement.process.ComplianceCaseProcess.TASK_APPROVE_ESCALATION;
import static org.highroad.enforcement.process.ComplianceCaseProcess.TASK_VERIFY;
import static org.highroad.enforcement.process.ComplianceCaseProcess.VAR_CASE_ID;
import static org.highroad.enforcement.process.ComplianceCaseProcess.VAR_NEXT_STEP;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.CaseNotices;
import org.highroad.enforcement.CaseResponses;
import org.highroad.enforcement.CaseLedgers;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.DecideEscalation;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.enforcement.LedgerView;
import org.highroad.enforcement.ledger.CaseTotals;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.platform.process.FormText;
import org.highroad.platform.process.TaskFormValues;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;

/**
 * What the auditor's and the administrator's case forms show, read from enforcement's tables each time the form is
 * read (ADR 0009): the case with its contractor by name and links to the case's and the contract's staff pages, the
 * money (owed, paid, outstanding, withholding held), the notices with their PDFs, the contractor's responses and the
 * payments they reported, with their amounts, dates and evidence, which the auditor verifies before closing a case
 * (29 CFR 5.10: restitution is verified before a case closes). The review of findings (helper forms of the review
 * round) is not named here. Task names carry the contractor, the case and the restitution outstanding.
 */
@Component
class CaseFormValues implements TaskFormValues {

    static final String SHOWN_CASE = "caseOverview";
    static final String SHOWN_NOTICES = "caseNotices";
    static final String SHOWN_RESPONSES = "caseResponses";
    static final String SHOWN_PAYMENTS = "casePayments";
    static final String SHOWN_STEP = "escalationStep";
    private static final Set<String> TASKS = Set.of(TASK_VERIFY, TASK_APPROVE_ESCALATION, TASK_APPROVE_DEBARMENT);
    private static final HighroadUser STAFF = HighroadUser.workflowAs(Role.AUDITOR);

    private final ComplianceCases cases;
    private final CaseLedgers ledgers;
    private final CaseNotices notices;
    private final CaseResponses responses;
    private final VendorRegistry vendors;
    private final Contracts contracts;
    private final org.highroad.enforcement.PaymentRulings rulings;
    private final DecideEscalation escalations;

    CaseFormValues(ComplianceCases cases, CaseLedgers ledgers, CaseNotices notices, CaseResponses responses,
            VendorRegistry vendors, Contracts contracts, org.highroad.enforcement.PaymentRulings rulings,
            DecideEscalation escalations) {
        this.escalations = escalations;
        this.rulings = rulings;
        this.cases = cases;
        this.ledgers = ledgers;
        this.notices = notices;
        this.responses = responses;
        this.vendors = vendors;
        this.contracts = contracts;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, Object> valuesFor(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!TASKS.contains(taskDefinitionKey) || !(variables.get(VAR_CASE_ID) instanceof Number number)) {
            return Map.of();
        }
        long id = number.longValue();
        CaseView c = cases.get(id, STAFF);
        LedgerView ledger = ledgers.view(cases.visible(id, STAFF), STAFF);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SHOWN_CASE, summary(c, ledgers.proven(id).totals(), ledger.totals()));
        values.put(SHOWN_NOTICES, notices(id));
        values.put(SHOWN_RESPONSES, responses(id));
        Object through = variables.get(ComplianceCaseProcess.VAR_RESPONSES_THROUGH);
        values.put(SHOWN_PAYMENTS, payments(id, through instanceof Number n ? n.longValue() : null, ledger));
        if (TASK_APPROVE_ESCALATION.equals(taskDefinitionKey)) {
            values.put(SHOWN_STEP, step(id, variables.get(VAR_NEXT_STEP)));
        }
        return values;
    }

    /**
     * The step the ladder recommends, in words, and what applying it records: the amount, and when a withholding is
     * $0.00 why (29 CFR 5.9: only what is needed to satisfy the liabilities is withheld, so the withholding held already
     * may cover what is owed; 29 CFR 5.5(a)(3)(iv): while certified payrolls are missing, payment is suspended, with no
     * amount of its own).
     */
    String step(long caseId, Object advised) {
        EscalationAdvice.NextStep next;
        try {
            next = advised == null ? null : EscalationAdvice.NextStep.valueOf(advised.toString());
        } catch (IllegalArgumentException e) {
            next = null;
        }
        Optional<DecideEscalation.Preview> preview = next == null ? Optional.empty() : escalations.preview(caseId, next);
        if (preview.isEmpty()) {
            return "**Recommended step:** " + FormText.plain(stepName(advised)) + ".";
        }
        DecideEscalation.Preview p = preview.get();
        StringBuilder text = new StringBuilder("**Recommended step:** ");
        switch (p.step()) {
            case WITHHOLDING -> {
                text.append("withholding from the contractor's next payment. **Applying records ")
                        .append(FormText.money(p.amount())).append("**: what the contractor owes and is not yet held (")
                        .append(FormText.money(p.owed())).append(" still owed counting only the payments an auditor accepted, ")
                        .append(FormText.money(p.held())).append(" held already; 29 CFR 5.9).");
                if (p.amount() != null && p.amount().signum() == 0 && p.owed().signum() > 0) {
                    text.append(" Nothing more can be withheld: the withholding held already covers what is owed.");
                } else if (p.amount() != null && p.amount().signum() == 0 && p.missingPayrolls() == 0) {
                    text.append(" Nothing is owed and not yet held.");
                }
                if (p.missingPayrolls() > 0) {
                    text.append(" ").append(p.missingPayrolls()).append(p.missingPayrolls() == 1 ? " certified payroll is"
                            : " certified payrolls are").append(" still missing: payments for this contractor's share of the "
                                    + "work are to be suspended until they are submitted, with no amount of their own "
                                    + "(29 CFR 5.5(a)(2)(i) and 5.5(a)(3)(iv)).");
                }
            }
            case FINES -> text.append("fines per open violation per day, up to the contract's cap. **Applying records ")
                    .append(p.amount() == null ? "no amount" : FormText.money(p.amount())).append("**.");
            case DEBARMENT_REFERRAL -> text.append("a debarment referral. Applying records no amount: an administrator "
                    + "approves the pending debarment next.");
        }
        return text.toString();
    }

    /** "Verify correction: Harbor Builders LLC, case 12, $1,234.56 outstanding". */
    @Override
    public Optional<String> taskName(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!TASKS.contains(taskDefinitionKey) || !(variables.get(VAR_CASE_ID) instanceof Number number)) {
            return Optional.empty();
        }
        CaseView c = cases.get(number.longValue(), STAFF);
        // outstanding as the withholding and the staff page count it: only the payments an auditor accepted are paid
        // (ADR 0037), so a payment reported and not yet verified does not make the case look paid up
        String about = vendors.legalName(c.vendorId()) + ", case " + c.id() + ", "
                + FormText.money(ledgers.proven(c.id()).totals().outstanding()) + " outstanding";
        return Optional.of(switch (taskDefinitionKey) {
            case TASK_VERIFY -> "Verify correction: " + about;
            case TASK_APPROVE_ESCALATION -> "Approve " + stepName(variables.get(VAR_NEXT_STEP)) + ": " + about;
            default -> "Approve debarment referral: " + about;
        });
    }

    private static String stepName(Object step) {
        if (step == null) {
            return "escalation";
        }
        String words = step.toString().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isBlank() ? "escalation" : words;
    }

    /**
     * The case in one paragraph and its money in a table, with links to the staff pages of the case and contract. The
     * money counts as paid only the payments an auditor accepted ({@code proven}, ADR 0037: a payment counts as paid once
     * the agency accepted its proof); the payments reported and not yet ruled on ({@code reported} less refused) are
     * shown apart, as what the auditor is to rule on.
     */
    String summary(CaseView c, CaseTotals totals, CaseTotals reported) {
        StringBuilder text = new StringBuilder();
        text.append("**[Case ").append(c.id()).append("](/staff/cases/").append(c.id()).append(")**: ")
                .append(FormText.plain(vendors.legalName(c.vendorId())));
        if (c.subcontractorCase()) {
            text.append(", subcontractor of ").append(FormText.plain(vendors.legalName(c.primeVendorId())))
                    .append(" (liable prime)");
        }
        if (c.contractId() != null) {
            text.append(", on contract [").append(FormText.plain(contracts.get(c.contractId(), STAFF).title()))
                    .append("](/staff/contracts/").append(c.contractId()).append(")");
        } else if (c.subsidyRequestId() != null) {
            text.append(", wage-subsidy agreement [request ").append(c.subsidyRequestId())
                    .append("](/staff/subsidies/requests/").append(c.subsidyRequestId()).append(")");
        }
        text.append(". Opened ").append(FormText.moment(c.openedAt(), ZoneOffset.UTC)).append(", ")
                .append(c.ageDays()).append(" days ago; ").append(c.confirmedFindings()).append(" findings confirmed, ")
                .append(c.dismissedFindings()).append(" dismissed, ").append(c.pendingFindings()).append(" pending.");
        if (c.cureDue() != null) {
            text.append(" Cure due ").append(FormText.date(c.cureDue())).append('.');
        }
        if (c.escalationStep() != null) {
            text.append(" Escalation so far: ").append(FormText.plain(c.escalationStep().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))).append('.');
        }
        text.append("\n\n| Owed | Paid (accepted) | Outstanding | Withholding held | Workers still owed |\n|---:|---:|---:|---:|---:|\n| ")
                .append(FormText.money(totals.owed())).append(" | ").append(FormText.money(totals.paid())).append(" | ")
                .append(FormText.money(totals.outstanding())).append(" | ").append(FormText.money(totals.held()))
                .append(" | ").append(totals.workersOutstanding()).append(" |");
        java.math.BigDecimal toRuleOn = reported.paid().subtract(totals.paid()).max(java.math.BigDecimal.ZERO).setScale(2);
        if (toRuleOn.signum() > 0) {
            text.append("\n\nReported, to rule on: ").append(FormText.money(toRuleOn))
                    .append(" (paid once a verification accepts it; not counted as paid above).");
        }
        return text.toString();
    }

    /** The notices issued, each with its PDF as issued. */
    private String notices(long caseId) {
        List<CaseNotices.NoticeView> issued = notices.list(caseId);
        if (issued.isEmpty()) {
            return "No notice of non-compliance has been issued.";
        }
        StringBuilder text = new StringBuilder("| Notice | Issued | Amount owed | Cure due | PDF |\n|---|---|---:|---|---|\n");
        for (CaseNotices.NoticeView n : issued) {
            text.append("| ").append(n.sequenceNo()).append(" | ").append(FormText.moment(n.issuedAt(), ZoneOffset.UTC))
                    .append(" | ").append(FormText.money(n.amountOwed())).append(" | ").append(FormText.date(n.cureDue()))
                    .append(" | [Notice ").append(n.sequenceNo()).append(" (PDF)](/staff/cases/").append(caseId)
                    .append("/notices/").append(n.id()).append("/pdf) |\n");
        }
        return text.toString();
    }

    /** The contractor's responses, newest last, with the correction payroll each one filed. */
    private List<Map<String, Object>> responses(long caseId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CaseResponses.ResponseView r : responses.list(caseId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("submitted", FormText.moment(r.submittedAt(), ZoneOffset.UTC));
            row.put("kind", r.kind().charAt(0) + r.kind().substring(1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
            row.put("by", r.submittedBy() == null ? "" : r.submittedBy());
            row.put("text", r.text() == null ? "" : r.text());
            row.put("payroll", r.submissionId() == null ? "" : "Correction payroll " + r.submissionId());
            rows.add(row);
        }
        return rows;
    }

    /**
     * Every payment the contractor reported: its number (what a refusal names), worker reference (never a name),
     * amount, day paid, its evidence and its ruling: refused with the reason, accepted by an earlier verification (on
     * the day it ruled), to rule on now, or reported after this task (the next verification rules on it).
     */
    private List<Map<String, Object>> payments(long caseId, Long responsesThrough, LedgerView ledger) {
        java.util.Set<Long> open = new java.util.HashSet<>(rulings.takenIn(caseId, responsesThrough));
        List<Long> paid = ledger.entries().stream().filter(e -> e.entry() instanceof LedgerEntry.Paid).map(LedgerView.Entry::id)
                .toList();
        Map<Long, org.highroad.enforcement.PaymentRulings.Ruling> ruled = rulings.of(paid);
        // payments taken in before each was ruled on (V87) stand accepted: their response was verified
        java.util.Set<Long> verifiedResponses = new java.util.HashSet<>();
        responses.list(caseId).stream().filter(r -> r.verification() != null).forEach(r -> verifiedResponses.add(r.id()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LedgerView.Entry entry : ledger.entries()) {
            if (entry.entry() instanceof LedgerEntry.Paid payment) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("payment", String.valueOf(entry.id()));
                row.put("worker", payment.workerRef());
                row.put("amount", FormText.money(payment.amount()));
                row.put("paidOn", FormText.date(payment.paidOn()));
                row.put("evidence", payment.evidence());
                row.put("response", entry.responseId() == null ? "" : "Response " + entry.responseId());
                row.put("recorded", FormText.moment(entry.recordedAt(), ZoneOffset.UTC));
                org.highroad.enforcement.PaymentRulings.Ruling ruling = ruled.get(entry.id());
                String said;
                if (entry.refused()) {
                    said = "Refused: " + entry.refusedBecause();
                } else if (open.contains(entry.id())) {
                    said = "To rule on";
                } else if (ruling != null) {
                    said = "Accepted on " + FormText.date(ruling.at().atZone(ZoneOffset.UTC).toLocalDate());
                } else if (entry.responseId() != null && verifiedResponses.contains(entry.responseId())) {
                    said = "Accepted";
                } else {
                    said = "Reported after this task: the next verification rules on it";
                }
                row.put("ruling", said);
                rows.add(row);
            }
        }
        return rows;
    }
}
