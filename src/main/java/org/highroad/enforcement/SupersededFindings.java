package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.highroad.enforcement.domain.CaseNotice;
import org.highroad.enforcement.domain.CaseNoticeRepository;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.payroll.PayrollEvents.FindingsSuperseded;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings that no longer stand leave their open compliance case (ADR 0007), in the transaction that superseded them: a
 * pending one leaves review (its task ends, a review of it is refused, no notice names it). A correction payroll, a
 * no-work statement or the week's shares no longer supersede a confirmed finding (ADR 0030: it leaves only by the
 * auditor's decision or a verified payment); a confirmed one that an investigation's restatement supersedes leaves the
 * case's violations and what it owed is reversed in the ledger. A notice that named them stands as it was sent; the
 * case records a step the contractor reads, saying which findings of which notice no longer stand, the restitution
 * reversed and, when nothing stands any more, how the case ends. The correction's own findings join the case and are
 * reviewed like any other.
 */
@Service
public class SupersededFindings {

    private static final String WORKFLOW = HighroadUser.WORKFLOW_ID;

    private final ComplianceCaseRepository cases;
    private final CaseNoticeRepository notices;
    private final CaseLedgers ledgers;
    private final CaseSteps steps;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupersededFindings(ComplianceCaseRepository cases, CaseNoticeRepository notices, CaseLedgers ledgers,
            CaseSteps steps, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.ledgers = ledgers;
        this.steps = steps;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Findings of a case left review while pending: their review tasks end. */
    public record CaseFindingsLeftReview(long caseId, List<Long> findingIds) {
    }

    /**
     * Takes the findings out of the open cases holding them: the case of the payroll's contractor, or the prime's for a
     * share shortfall a subcontractor's payroll revealed. The findings are locked already (the payroll module superseded
     * them); each case is locked in turn, by id, as a review of one of its findings locks it.
     */
    @EventListener
    @Transactional
    public void on(FindingsSuperseded superseded) {
        for (Long caseId : cases.idsHolding(superseded.findingIds())) {
            cases.lockById(caseId).filter(c -> c.status() == ComplianceCase.Status.OPEN).ifPresent(c -> leave(c, superseded));
        }
    }

    private void leave(ComplianceCase c, FindingsSuperseded superseded) {
        List<CaseFinding> before = c.supersede(superseded.findingIds(), superseded.why(), WORKFLOW, clock.instant());
        if (before.isEmpty()) {
            return;
        }
        List<Long> ids = before.stream().map(CaseFinding::findingId).toList();
        List<Long> confirmed = before.stream().filter(f -> f.review() == Review.CONFIRMED).map(CaseFinding::findingId).toList();
        BigDecimal reversed = confirmed.isEmpty() ? BigDecimal.ZERO
                : ledgers.reverse(c.id(), confirmed, "superseded: " + superseded.why(), WORKFLOW);
        steps.record(c.id(), CaseStep.Kind.FINDINGS, "SUPERSEDED", reversed.signum() > 0 ? reversed : null,
                rationale(c, ids, before, reversed, superseded.why()), null, WORKFLOW);
        audit.record(ComplianceCases.SUBJECT, c.id(), "FINDINGS SUPERSEDED", WORKFLOW, null, ids.size() + " finding(s) "
                + ids + ": " + superseded.why() + (reversed.signum() > 0 ? "; restitution reversed " + reversed : ""));
        List<Long> pending = before.stream().filter(f -> f.review() == Review.PENDING).map(CaseFinding::findingId).toList();
        if (!pending.isEmpty()) {
            events.publishEvent(new CaseFindingsLeftReview(c.id(), pending));
        }
    }

    /** What the contractor reads: which findings, why, which notices named them, what was reversed, what comes next. */
    private String rationale(ComplianceCase c, List<Long> ids, List<CaseFinding> before, BigDecimal reversed,
            String why) {
        StringBuilder s = new StringBuilder("Finding(s) ").append(ids).append(" no longer stand: ").append(why).append('.');
        Set<Integer> named = new TreeSet<>();
        for (CaseNotice n : notices.findByCaseIdOrderById(c.id())) {
            if (before.stream().anyMatch(f -> n.id().equals(f.noticeId()))) {
                named.add(n.sequenceNo());
            }
        }
        if (!named.isEmpty()) {
            List<Long> noticed = before.stream().filter(f -> f.noticeId() != null).map(CaseFinding::findingId).toList();
            s.append(" Finding(s) ").append(noticed).append(" were named in notice ")
                    .append(named.stream().map(String::valueOf).reduce((a, b) -> a + " and " + b).orElse(""))
                    .append(", which stands as it was sent.");
        }
        if (reversed.signum() > 0) {
            s.append(" The restitution they owed, ").append(Money.of(reversed).format(Locale.US)).append(", is reversed in the ledger.");
        }
        if (!c.anyStanding()) {
            s.append(c.noticedEver() ? " As of now no finding of this case stands: unless new findings join it, the case closes "
                    + "when its cure period ends (" + c.nextCheck() + ")."
                    : " As of now no finding of this case stands: unless new findings join it, the case closes without a notice.");
        }
        return s.toString();
    }
}
