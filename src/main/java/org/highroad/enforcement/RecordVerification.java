package org.highroad.enforcement;

import java.util.List;
import java.util.Optional;
import org.highroad.enforcement.domain.CaseStep.Kind;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Outcome;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's verification of the contractor's correction: cured closes the case as RESOLVED (only with nothing
 * outstanding, or with the closing reason the ledger asks for); not cured says what is still missing, for the
 * contractor to read, and the case waits again.
 */
@Service
public class RecordVerification {

    private final ComplianceCaseRepository cases;
    private final CaseLedgers ledgers;
    private final CaseResponses responses;
    private final CaseSteps steps;
    private final CaseClosing closing;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PaymentRulings rulings;
    private final VendorRegistry vendors;

    RecordVerification(ComplianceCaseRepository cases, CaseLedgers ledgers, CaseResponses responses, CaseSteps steps,
            CaseClosing closing, AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
            PaymentRulings rulings, VendorRegistry vendors) {
        this.vendors = vendors;
        this.rulings = rulings;
        this.events = events;
        this.cases = cases;
        this.ledgers = ledgers;
        this.responses = responses;
        this.steps = steps;
        this.closing = closing;
        this.audit = audit;
    }

    /** The auditor's answer on the verification task ({@link Answers}). */
    public enum Decision { CURED, NOT_CURED }

    /** Why the verification cannot be recorded, if it cannot; {@code answer} is the task's decision as given. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long caseId, boolean auditor, String answer, String reason) {
        return refusal(caseId, auditor, answer, reason, List.of());
    }

    /**
     * As {@link #refusal(long, boolean, String, String)}, with the payments the auditor refuses (checked apart by
     * {@link PaymentRulings#check}): a {@code CURED} is judged by the closing rule on the ledger without them, so a
     * refused payment the case needs to be whole does not close it with money outstanding.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long caseId, boolean auditor, String answer, String reason,
            List<PaymentRulings.Refusal> refusals) {
        if (!auditor) {
            return Optional.of("only an auditor verifies a correction");
        }
        ComplianceCase c = cases.require(caseId);
        if (c.status() != ComplianceCase.Status.OPEN) {
            return Optional.of("case " + caseId + " is closed");
        }
        Optional<Decision> decision = Answers.parse(Decision.class, answer);
        if (decision.isEmpty()) {
            return Optional.of(Answers.notOneOf(Decision.class));
        }
        if (decision.get() == Decision.NOT_CURED) {
            return reasonRefusal(answer, reason);
        }
        // findings that joined the case and await review are no part of this verification (ADR 0033): CURED says the
        // findings noticed are cured, and the joined ones are reviewed next; the ledger's rule on closing with money
        // outstanding applies all the same
        // the ledger as it counts toward what is owed: without the payments refused, earlier or now (PaymentVerdicts)
        return ledgers.withoutRefused(caseId, refusals.stream().map(PaymentRulings.Refusal::payment).toList())
                .closeRefusal(reason, vendors::legalName);
    }

    /**
     * What the reason itself lacks for this answer, if anything: a rule on what the auditor wrote (the API answers it
     * 422 at the field {@code reason}), apart from the case's state. Not cured says what is still missing, for the
     * contractor to read.
     */
    public static Optional<String> reasonRefusal(String answer, String reason) {
        return Answers.parse(Decision.class, answer).filter(d -> d == Decision.NOT_CURED).isPresent() && Answers.tooShort(reason)
                ? Optional.of("say what is still missing (a reason of at least " + Answers.MIN_REASON
                        + " characters), the contractor reads it") : Optional.empty();
    }

    /**
     * Records the verification (after {@link #refusal}) on the responses up to {@code responsesThrough}; cured closes the
     * case as RESOLVED. Returns whether it was cured.
     */
    @Transactional
    public boolean record(long caseId, Decision decision, String reason, String auditor, Long responsesThrough) {
        return record(caseId, decision, reason, auditor, responsesThrough, List.of());
    }

    /**
     * As {@link #record(long, Decision, String, String, Long)}, ruling on each payment the verification takes in
     * ({@link PaymentRulings}): those in {@code refusals} refused with their reasons, the others accepted; the contractor
     * is told of the refused ones ({@link PaymentsRefused}).
     */
    @Transactional
    public boolean record(long caseId, Decision decision, String reason, String auditor, Long responsesThrough,
            List<PaymentRulings.Refusal> refusals) {
        ComplianceCase c = cases.require(caseId);
        boolean joinedPending = c.findings().stream().anyMatch(f -> f.review() == Review.PENDING);
        Long step = steps.record(caseId, Kind.VERIFICATION, decision.name(), ledgers.withoutRefused(caseId,
                refusals.stream().map(PaymentRulings.Refusal::payment).toList()).totals().outstanding(),
                decision == Decision.CURED && joinedPending ? "cured as noticed; the findings that joined the case since are "
                        + "reviewed on their own" : null, reason, auditor);
        // ruled before the responses are marked taken in: the payments ruled on are those this verification takes in
        List<Long> refused = rulings.rule(caseId, step, responsesThrough, refusals, auditor);
        responses.verifiedThrough(caseId, responsesThrough);
        if (!refused.isEmpty()) {
            audit.record(ComplianceCases.SUBJECT, caseId, "PAYMENTS REFUSED", auditor, null, "payments " + refused
                    + " refused on verification: they do not count as paid");
            // told from a code, as a not-cured case is; the reasons are on the case page, never in the message
            events.publishEvent(new PaymentsRefused(caseId, step, c.vendorId() == c.primeVendorId() ? List.of(c.vendorId())
                    : List.of(c.vendorId(), c.primeVendorId()), refused.size()));
        }
        boolean cured = decision == Decision.CURED;
        List<Long> joined = c.findings().stream().filter(f -> f.review() == Review.PENDING)
                .map(ComplianceCase.CaseFinding::findingId).toList();
        if (cured && !joined.isEmpty()) {
            // ADR 0033: a verification judges what the notices demanded (guide 1.10: Prozorro's elimination resolution
            // rules on the violations its conclusion named). The findings noticed are cured; the case stays open for
            // the findings that joined it, which are reviewed, and noticed if confirmed, on their own
            audit.record(ComplianceCases.SUBJECT, caseId, "NOTICED FINDINGS CURED", auditor, reason, "correction verified "
                    + "for the findings noticed; findings " + joined + " joined the case and are reviewed on their own");
            // told to the contractor as its messages tell a not-cured one (from a code, never the auditor's words)
            events.publishEvent(new CaseCuredAsNoticed(caseId, step, c.vendorId() == c.primeVendorId() ? List.of(c.vendorId())
                    : List.of(c.vendorId(), c.primeVendorId()), joined.size()));
            return false;
        }
        if (cured) {
            closing.cured(c, Outcome.RESOLVED, reason == null || reason.isBlank() ? "cured: nothing outstanding" : reason.strip());
            audit.record(ComplianceCases.SUBJECT, caseId, "CLOSED", auditor, reason, "resolved: correction verified");
        }
        if (!cured) {
            // the contractor is told it is not cured (from a code, never the auditor's words), as the case page says
            events.publishEvent(new CaseNotCured(caseId, step, c.vendorId() == c.primeVendorId() ? List.of(c.vendorId())
                    : List.of(c.vendorId(), c.primeVendorId()), c.cureDue()));
        }
        return cured;
    }
}
