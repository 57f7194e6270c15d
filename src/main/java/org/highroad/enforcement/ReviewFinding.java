package org.highroad.enforcement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.payroll.FindingReviews;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An auditor's review of one finding of a case, one task each in a review round (ADR 0007): confirmed, it owes its
 * restitution in the case's ledger; dismissed, with its reason. The payroll finding says which ({@code
 * payroll.FindingReviews}).
 */
@Service
public class ReviewFinding {

    private final ComplianceCaseRepository cases;
    private final FindingReviews reviews;
    private final PayrollResults payroll;
    private final CaseLedgers ledgers;
    private final SubsidyRecoveries recoveries;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewFinding(ComplianceCaseRepository cases, FindingReviews reviews, PayrollResults payroll, CaseLedgers ledgers,
            SubsidyRecoveries recoveries, AuditTrail audit, Clock clock) {
        this.recoveries = recoveries;
        this.cases = cases;
        this.reviews = reviews;
        this.payroll = payroll;
        this.ledgers = ledgers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The auditor's answer on the review task ({@link Answers}). */
    public enum Decision { CONFIRM, DISMISS }

    /**
     * The findings a review round gives a task each: those pending, read with the case's row locked until the tasks
     * exist (the round's transaction ends), so a finding superseded meanwhile either gets no task or has its task ended
     * ({@link SupersededFindings} locks the case too).
     */
    @Transactional
    public List<Long> toReview(long caseId) {
        return cases.lockById(caseId).map(c -> c.findings().stream().filter(f -> f.review() == Review.PENDING)
                .map(CaseFinding::findingId).toList()).orElse(List.of());
    }

    /** Whether the finding left the case's review without one: it no longer stands (superseded). */
    @Transactional(readOnly = true)
    public boolean leftReview(long caseId, long findingId) {
        return cases.findById(caseId).flatMap(c -> c.finding(findingId)).map(f -> f.review() == Review.SUPERSEDED).orElse(false);
    }

    /**
     * Why an auditor's review of a finding cannot be recorded, if it cannot: only an auditor reviews, only a pending
     * finding of the case, and a dismissal needs its reason (an auditor who sets a finding aside says why).
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long caseId, long findingId, boolean auditor, String answer, String reason) {
        if (!auditor) {
            return Optional.of("only an auditor reviews findings");
        }
        ComplianceCase c = cases.findById(caseId).orElse(null);
        if (c == null || c.finding(findingId).isEmpty() || c.status() != ComplianceCase.Status.OPEN) {
            return Optional.of("finding " + findingId + " is not in case " + caseId);
        }
        CaseFinding finding = c.finding(findingId).get();
        if (finding.review() == Review.SUPERSEDED) {
            return Optional.of("finding " + findingId + " was superseded and is no longer reviewed: " + finding.reason());
        }
        if (finding.review() != Review.PENDING) {
            return Optional.of("finding " + findingId + " was reviewed already");
        }
        Optional<Decision> decision = Answers.parse(Decision.class, answer);
        if (decision.isEmpty()) {
            return Optional.of(Answers.notOneOf(Decision.class));
        }
        if (decision.get() == Decision.DISMISS && (reason == null || reason.isBlank())) {
            return Optional.of("a dismissal needs its reason");
        }
        return Optional.empty();
    }

    /**
     * Records an auditor's review (after {@link #refusal}); the audit trail keeps who, when and why, and the payroll
     * finding says it is confirmed or dismissed. A subsidy recovery confirmed is owed to the program in the case's
     * ledger; it has no payroll finding to tell.
     */
    @Transactional
    public void record(long caseId, long findingId, Decision decision, String reason, String auditor) {
        if (cases.require(caseId).aboutSubsidy()) {
            recordRecovery(caseId, findingId, decision, reason, auditor);
            return;
        }
        // the finding, then the case, locked before either is read, in the order a correction superseding the finding
        // locks them: a correction meanwhile is seen here (409), or sees this review
        reviews.hold(List.of(findingId));
        ComplianceCase c = cases.requireLocked(caseId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean confirm = decision == Decision.CONFIRM;
        if (!c.review(findingId, confirm ? Review.CONFIRMED : Review.DISMISSED, why, auditor, clock.instant())) {
            throw new ConflictException("finding " + findingId + " is not pending in case " + caseId);
        }
        if (confirm) {
            payroll.findingsByIds(List.of(findingId)).forEach(f -> ledgers.owe(c, f, auditor));
            reviews.confirmed(List.of(findingId));
        } else {
            reviews.dismissed(List.of(findingId));
        }
        audit.record(ComplianceCases.SUBJECT, caseId, confirm ? "FINDING CONFIRMED" : "FINDING DISMISSED", auditor, why,
                "finding " + findingId);
    }

    private void recordRecovery(long caseId, long recoveryId, Decision decision, String reason, String auditor) {
        ComplianceCase c = cases.requireLocked(caseId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean confirm = decision == Decision.CONFIRM;
        if (!c.review(recoveryId, confirm ? Review.CONFIRMED : Review.DISMISSED, why, auditor, clock.instant())) {
            throw new ConflictException("finding " + recoveryId + " is not pending in case " + caseId);
        }
        if (confirm) {
            recoveries.byIds(List.of(recoveryId)).forEach(r -> ledgers.oweRecovery(c, r, auditor));
        }
        audit.record(ComplianceCases.SUBJECT, caseId, confirm ? "FINDING CONFIRMED" : "FINDING DISMISSED", auditor, why,
                "subsidy recovery " + recoveryId);
    }
}
