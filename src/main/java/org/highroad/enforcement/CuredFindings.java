package org.highroad.enforcement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.highroad.enforcement.domain.CaseNotice;
import org.highroad.enforcement.domain.CaseNoticeRepository;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.CaseStepRepository;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.springframework.stereotype.Component;

/**
 * The confirmed findings of a case that a verification found cured (ADR 0033): those named in a notice issued before
 * the case's last CURED verification. A verification judges the correction against what the notices issued had
 * demanded; findings that joined the case since are reviewed, noticed and verified on their own, so a case can hold
 * findings cured and findings still open at once. Read from the case's steps and notices: nothing more is stored.
 */
@Component
public class CuredFindings {

    private final CaseStepRepository steps;
    private final CaseNoticeRepository notices;

    private final org.highroad.enforcement.domain.ComplianceCaseRepository cases;

    CuredFindings(CaseStepRepository steps, CaseNoticeRepository notices,
            org.highroad.enforcement.domain.ComplianceCaseRepository cases) {
        this.cases = cases;
        this.steps = steps;
        this.notices = notices;
    }

    /**
     * The ids of the case's confirmed findings verified cured. Which notices came before the last CURED verification is
     * read from the order of the case's steps (each notice records its NOTICE step as it is issued), not from their
     * times, which may be equal.
     */
    Set<Long> of(ComplianceCase c) {
        List<CaseStep> all = steps.findByCaseIdOrderById(c.id());
        int lastCured = -1;
        for (int i = 0; i < all.size(); i++) {
            if (CaseStep.Kind.VERIFICATION.name().equals(all.get(i).step())
                    && RecordVerification.Decision.CURED.name().equals(all.get(i).decision())) {
                lastCured = i;
            }
        }
        if (lastCured < 0) {
            return Set.of();
        }
        long noticesBefore = all.subList(0, lastCured).stream().filter(s -> CaseStep.Kind.NOTICE.name().equals(s.step())).count();
        Set<Long> noticedBefore = notices.findByCaseIdOrderById(c.id()).stream().limit(noticesBefore).map(CaseNotice::id)
                .collect(Collectors.toSet());
        return c.findings().stream().filter(f -> f.review() == Review.CONFIRMED && f.noticeId() != null
                && noticedBefore.contains(f.noticeId())).map(ComplianceCase.CaseFinding::findingId).collect(Collectors.toSet());
    }

    /** As {@link #of(ComplianceCase)}, for the case of this id (none when there is no such case): for its pages. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Set<Long> of(long caseId) {
        return cases.findById(caseId).map(this::of).orElse(Set.of());
    }

    /** Violations still open: the case's confirmed findings not verified cured. */
    int violations(ComplianceCase c) {
        Set<Long> cured = of(c);
        return (int) c.findings().stream().filter(f -> f.review() == Review.CONFIRMED && !cured.contains(f.findingId())).count();
    }

    /**
     * Whether every confirmed finding of the case was verified cured and none awaits review or a notice: what was found
     * is cured, and the case is resolved.
     */
    boolean allCured(ComplianceCase c) {
        Set<Long> cured = of(c);
        return !cured.isEmpty() && c.findings().stream().noneMatch(f -> f.review() == Review.PENDING
                || f.review() == Review.CONFIRMED && !cured.contains(f.findingId()));
    }
}
