package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.highroad.enforcement.ReviewFinding.Decision;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.payroll.FindingReviews;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An auditor reviews many findings of a case at once (ADR 0021): named one by one, or a group (one worker's, one kind,
 * either within one payroll), confirmed or dismissed with one reason. All or nothing, in one transaction; each finding
 * is still recorded one by one, in the case, on its payroll finding and in the audit trail, exactly as a single review
 * records it ({@link ReviewFinding}), and the case's steps say what was reviewed together and why.
 */
@Service
public class BulkReview {

    private final ComplianceCaseRepository cases;
    private final FindingReviews reviews;
    private final PayrollResults payroll;
    private final CaseLedgers ledgers;
    private final CaseSteps steps;
    private final ReviewFinding single;
    private final AuditTrail audit;
    private final Clock clock;

    BulkReview(ComplianceCaseRepository cases, FindingReviews reviews, PayrollResults payroll, CaseLedgers ledgers,
            CaseSteps steps, ReviewFinding single, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.payroll = payroll;
        this.ledgers = ledgers;
        this.steps = steps;
        this.single = single;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What to review: the findings by id, or a group of the case's findings pending review (one worker's by the
     * payroll's worker reference and/or one kind, or those about the payroll as a whole, {@code withoutWorker}: a
     * workforce share short of its commitment, a report not filed), optionally of one payroll only.
     */
    public record Selection(List<Long> findingIds, String workerRef, String kind, Long payrollId, boolean withoutWorker) {

        public Selection(List<Long> findingIds, String workerRef, String kind, Long payrollId) {
            this(findingIds, workerRef, kind, payrollId, false);
        }

        public boolean byIds() {
            return findingIds != null && !findingIds.isEmpty();
        }

        public boolean byGroup() {
            return withoutWorker || (workerRef != null && !workerRef.isBlank()) || (kind != null && !kind.isBlank());
        }

        /** One worker's findings and those of no worker at once: a group no finding is in. */
        public boolean contradictory() {
            return withoutWorker && workerRef != null && !workerRef.isBlank();
        }
    }

    /** How findings are grouped for a bulk review. */
    public enum GroupBy { WORKER, KIND }

    /**
     * One group of a case's findings: its key (a worker reference or a kind), how many findings it holds and how many
     * are pending review, and the restitution they claim (all of them, and the pending ones). By worker, the findings
     * about the payroll as a whole (no worker) are a group of their own, {@code withoutWorker}, with the key "": they
     * are reviewed together like a worker's ({@link Selection#withoutWorker}).
     */
    public record Group(String key, int findings, int pending, BigDecimal amountOwed, BigDecimal amountPending,
            List<Long> payrollIds, boolean withoutWorker) {
    }

    /**
     * The case's payroll findings grouped by worker or by kind (optionally of one payroll), largest amount pending
     * first; findings that no longer stand (superseded) are left out.
     */
    @Transactional(readOnly = true)
    public List<Group> groups(long caseId, GroupBy by, Long payrollId) {
        ComplianceCase c = cases.require(caseId);
        Map<Long, Review> review = new java.util.HashMap<>();
        c.findings().forEach(f -> review.put(f.findingId(), f.review()));
        if (c.aboutSubsidy()) {
            return List.of();
        }
        Map<String, List<FindingView>> grouped = new TreeMap<>();
        for (FindingView f : payroll.findingsByIds(review.keySet())) {
            if (review.get(f.id()) == Review.SUPERSEDED || (payrollId != null && !payrollId.equals(f.submissionId()))) {
                continue;
            }
            String key = by == GroupBy.WORKER ? (f.workerRef() == null ? "" : f.workerRef()) : f.kind();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((key, fs) -> {
            List<FindingView> pending = fs.stream().filter(f -> review.get(f.id()) == Review.PENDING).toList();
            groups.add(new Group(key, fs.size(), pending.size(), sum(fs), sum(pending),
                    fs.stream().map(FindingView::submissionId).filter(s -> s != null).distinct().sorted().toList(),
                    by == GroupBy.WORKER && key.isEmpty()));
        });
        groups.sort(Comparator.comparing(Group::amountPending).reversed().thenComparing(Group::key));
        return groups;
    }

    private static BigDecimal sum(List<FindingView> findings) {
        return findings.stream().map(FindingView::amountOwed).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /** How many of the case's findings are pending review. */
    @Transactional(readOnly = true)
    public int pending(long caseId) {
        return cases.require(caseId).count(Review.PENDING);
    }

    /**
     * Why a decision on many findings cannot be recorded, if it cannot: only an auditor reviews, the decision is CONFIRM
     * or DISMISS, and it needs its reason (one reason stands for every finding it covers).
     */
    public java.util.Optional<String> refusal(boolean auditor, String answer, String reason) {
        if (!auditor) {
            return java.util.Optional.of("only an auditor reviews findings");
        }
        if (Answers.parse(Decision.class, answer).isEmpty()) {
            return java.util.Optional.of(Answers.notOneOf(Decision.class));
        }
        if (reason == null || reason.isBlank()) {
            return java.util.Optional.of("a decision on many findings needs its reason");
        }
        if (Answers.tooShort(reason)) {
            return java.util.Optional.of(tooShort());
        }
        return java.util.Optional.empty();
    }

    /**
     * One reason stands for every finding a bulk decision covers: it says why as the other decisions on a case do
     * (a verification, an escalation step), in at least {@value Answers#MIN_REASON} characters.
     */
    private static String tooShort() {
        return "a decision on many findings is recorded with why: a reason of at least " + Answers.MIN_REASON + " characters";
    }

    /**
     * The findings a selection names: by id, as given (each must be the case's and pending, checked when recorded);
     * a group, the case's findings of it pending review now.
     */
    @Transactional(readOnly = true)
    public List<Long> select(long caseId, Selection s) {
        if (s.byIds()) {
            return List.copyOf(new LinkedHashSet<>(s.findingIds()));
        }
        ComplianceCase c = cases.require(caseId);
        List<Long> pending = c.findings().stream().filter(f -> f.review() == Review.PENDING).map(CaseFinding::findingId).toList();
        if (c.aboutSubsidy()) {
            return List.of();
        }
        return payroll.findingsByIds(pending).stream()
                .filter(f -> s.withoutWorker() ? f.workerRef() == null || f.workerRef().isBlank()
                        : s.workerRef() == null || s.workerRef().isBlank() || s.workerRef().strip().equals(f.workerRef()))
                .filter(f -> s.kind() == null || s.kind().isBlank() || s.kind().strip().equals(f.kind()))
                .filter(f -> s.payrollId() == null || s.payrollId().equals(f.submissionId()))
                .map(FindingView::id).sorted().toList();
    }

    /**
     * Records the decision on every finding, or on none: 409 naming the findings that are not the case's or not
     * pending (reviewed meanwhile, superseded). The findings are locked, then the case, in the order a single review
     * and a correction superseding them lock them, so two bulk reviews of overlapping findings take turns and the
     * second finds them reviewed. Returns how many were recorded.
     */
    @Transactional
    public int record(long caseId, List<Long> findingIds, Decision decision, String reason, String auditor) {
        if (findingIds.isEmpty()) {
            throw new ConflictException("no finding of case " + caseId + " pending review is in the selection");
        }
        if (Answers.tooShort(reason)) {
            throw new org.highroad.platform.validation.InvalidInputException("reason", reason == null || reason.isBlank()
                    ? "a decision on many findings needs its reason" : tooShort());
        }
        String why = reason.strip();
        boolean confirm = decision == Decision.CONFIRM;
        ComplianceCase.Subject subject = cases.subjectOf(caseId)
                .orElseThrow(() -> new org.highroad.platform.errors.NotFoundException("no compliance case " + caseId));
        if (subject == ComplianceCase.Subject.SUBSIDY_AGREEMENT) {
            findingIds.forEach(id -> single.record(caseId, id, decision, why, auditor));
            return findingIds.size();
        }
        reviews.hold(findingIds);
        ComplianceCase c = cases.requireLocked(caseId);
        if (c.status() != ComplianceCase.Status.OPEN) {
            throw new ConflictException("case " + caseId + " is closed");
        }
        Set<Long> pending = new java.util.HashSet<>(c.pendingThrough(c.findings().size()));
        List<Long> refused = findingIds.stream().filter(id -> !pending.contains(id)).toList();
        if (!refused.isEmpty()) {
            throw new ConflictException((refused.size() == 1 ? "finding " : refused.size() + " findings ") + named(refused)
                    + (refused.size() == 1 ? " is" : " are") + " not pending review in case " + caseId
                    + " (reviewed already, superseded, or not the case's); nothing was recorded");
        }
        Instant at = clock.instant();
        c.review(Set.copyOf(findingIds), confirm ? Review.CONFIRMED : Review.DISMISSED, why, auditor, at);
        List<FindingView> found = payroll.findingsByIds(findingIds);
        if (confirm) {
            ledgers.oweAll(c, found, auditor);
            reviews.confirmed(findingIds);
        } else {
            reviews.dismissed(findingIds);
        }
        String action = confirm ? "FINDING CONFIRMED" : "FINDING DISMISSED";
        for (Long id : findingIds) {
            audit.record(ComplianceCases.SUBJECT, caseId, action, auditor, why, "finding " + id + " (reviewed with "
                    + (findingIds.size() - 1) + " other(s))");
        }
        BigDecimal amount = sum(found);
        steps.record(caseId, CaseStep.Kind.FINDINGS, confirm ? "CONFIRMED" : "DISMISSED", amount.signum() > 0 ? amount : null,
                findingIds.size() + " finding(s) " + (confirm ? "confirmed" : "dismissed") + " together: " + named(findingIds) + ".",
                why, auditor);
        return findingIds.size();
    }

    /** Finding ids as a message names them: all of them up to 50, then how many more. */
    private static String named(List<Long> ids) {
        return ids.size() <= 50 ? ids.toString()
                : ids.subList(0, 50).toString().replace("]", ", … and " + (ids.size() - 50) + " more]");
    }
}
