package org.highroad.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.ledger.WorkerBalance;
import org.highroad.payroll.FindingReviews;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An auditor revises what a confirmed finding owes, with the reason (ADR 0030, addendum): to the figure a correction
 * payroll's recheck shows, say, once the auditor has weighed it. The ledger appends the revision (the worker's
 * restitution changes by the difference, the entries before it stay), the payroll finding owes the new amount from now
 * on, the case records a step the contractor reads (that the agency's auditor revised it, from what to what; not who)
 * and the audit trail keeps who, when and why.
 *
 * <p>Rules: an auditor only; a confirmed payroll finding of an open case, owing restitution in its ledger; the amount
 * $0.00 or more in whole cents, never below what the payments recorded for the worker already cover (a payment is
 * evidence against restitution owed, and a revision does not turn it into an overpayment); a reason of at least
 * {@value #MIN_REASON} characters. A revision to what the finding owes already is refused (409), so the same revision
 * sent twice at once is recorded once: the finding's row, then the case's, are locked before the ledger is read.
 */
@Service
public class ReviseFinding {

    /** A revision says why: long enough to say something. */
    public static final int MIN_REASON = 10;
    /** The ledger's amounts are numeric(14, 2). */
    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private final ComplianceCaseRepository cases;
    private final FindingReviews reviews;
    private final PayrollResults payroll;
    private final CaseLedgers ledgers;
    private final CaseSteps steps;
    private final AuditTrail audit;

    ReviseFinding(ComplianceCaseRepository cases, FindingReviews reviews, PayrollResults payroll, CaseLedgers ledgers,
            CaseSteps steps, AuditTrail audit) {
        this.cases = cases;
        this.reviews = reviews;
        this.payroll = payroll;
        this.ledgers = ledgers;
        this.steps = steps;
        this.audit = audit;
    }

    /** The amount and reason as given, checked field by field: 422 naming each field wrong. */
    public static void check(BigDecimal amount, String reason) {
        List<Violation> wrong = new ArrayList<>();
        if (amount == null) {
            wrong.add(new Violation("amount", "is required"));
        } else if (amount.signum() < 0) {
            wrong.add(new Violation("amount", "must be $0.00 or more"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            wrong.add(new Violation("amount", "must be in whole cents (at most 2 decimals)"));
        } else if (amount.compareTo(MAX) > 0) {
            wrong.add(new Violation("amount", "must be at most $999,999,999,999.99"));
        }
        if (reason == null || reason.isBlank()) {
            wrong.add(new Violation("reason", "is required"));
        } else if (reason.strip().length() < MIN_REASON) {
            wrong.add(new Violation("reason", "must say why, in at least 10 characters"));
        } else if (reason.length() > 2000) {
            wrong.add(new Violation("reason", "must be at most 2000 characters"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
    }

    /** Records the revision (see the class comment); returns what the finding owed before. */
    @Transactional
    public BigDecimal revise(long caseId, long findingId, BigDecimal amount, String reason, HighroadUser auditor) {
        if (!auditor.has(Role.AUDITOR)) {
            throw new ConflictException("only an auditor revises a finding");
        }
        check(amount, reason);
        BigDecimal to = amount.setScale(2, RoundingMode.UNNECESSARY);
        String why = reason.strip();
        // the finding, then the case, as a review and a correction lock them: two revisions at once take turns
        reviews.hold(List.of(findingId));
        ComplianceCase c = cases.requireLocked(caseId);
        if (c.status() != ComplianceCase.Status.OPEN) {
            throw new ConflictException("case " + caseId + " is closed");
        }
        CaseFinding finding = c.finding(findingId).orElseThrow(() -> new ConflictException("finding " + findingId
                + " is not in case " + caseId));
        if (c.aboutSubsidy() || finding.review() != Review.CONFIRMED) {
            throw new ConflictException("finding " + findingId + " is not a confirmed payroll finding of case " + caseId
                    + ": only a confirmed finding's amount is revised");
        }
        BigDecimal from = ledgers.owedOn(caseId, findingId);
        FindingView f = payroll.findingsByIds(List.of(findingId)).stream().findFirst().orElse(null);
        if (from == null || f == null || f.workerRef() == null) {
            throw new ConflictException("finding " + findingId + " owes no restitution in the ledger of case " + caseId);
        }
        if (from.compareTo(to) == 0) {
            throw new ConflictException("finding " + findingId + " owes " + dollars(to) + " already");
        }
        WorkerBalance worker = ledgers.of(caseId).worker(f.workerRef(), f.vendorId());
        BigDecimal after = worker.owed().subtract(from).add(to);
        if (after.compareTo(worker.paid()) < 0) {
            throw new InvalidInputException("amount", "must not leave worker " + f.workerRef() + " owed less than the "
                    + dollars(worker.paid()) + " already paid");
        }
        ledgers.revise(caseId, findingId, to, why, auditor.userId());
        reviews.revised(findingId, to);
        BigDecimal difference = to.subtract(from);
        steps.record(caseId, CaseStep.Kind.FINDINGS, "REVISED", to, "The agency's auditor revised what finding " + findingId
                + " owes worker " + f.workerRef() + " from " + dollars(from) + " to " + dollars(to) + " (" + (difference.signum() > 0
                        ? "+" : "") + dollars(difference) + "); the restitution owed changes by the difference.", why,
                auditor.userId());
        audit.record(ComplianceCases.SUBJECT, caseId, "FINDING REVISED", auditor.userId(), why, "finding " + findingId + ": "
                + dollars(from) + " to " + dollars(to));
        return from;
    }

    private static String dollars(BigDecimal amount) {
        return Money.of(amount).format(Locale.US);
    }
}
