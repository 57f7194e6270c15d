package org.highroad.payroll;

import java.util.Collection;
import org.highroad.payroll.domain.FindingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a payroll finding stands after enforcement has reviewed it: the compliance case decides, the finding says so
 * ({@link FindingView} lists the statuses). Each change applies only from the status it follows, so a finding a
 * correction payroll superseded meanwhile stays superseded, and one reviewed already is not reviewed again.
 */
@Service
public class FindingReviews {

    private final FindingStore findings;

    FindingReviews(FindingStore findings) {
        this.findings = findings;
    }

    /**
     * Holds these findings still until the caller's transaction ends, before their compliance case is locked: a
     * correction payroll superseding them locks them first too (then the case), so a review and a correction at the
     * same moment take turns instead of waiting for each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(Collection<Long> findingIds) {
        findings.lock(findingIds);
    }

    /** An auditor confirmed the findings: OPEN becomes CONFIRMED (still open until cured). */
    @Transactional
    public void confirmed(Collection<Long> findingIds) {
        findings.changeStatus(findingIds, FindingStore.OPEN, FindingStore.CONFIRMED);
    }

    /** An auditor dismissed the findings: OPEN becomes DISMISSED. */
    @Transactional
    public void dismissed(Collection<Long> findingIds) {
        findings.changeStatus(findingIds, FindingStore.OPEN, FindingStore.DISMISSED);
    }

    /** The case holding the confirmed findings closed cured (corrected, the workers paid): CONFIRMED becomes RESOLVED. */
    @Transactional
    public void resolved(Collection<Long> findingIds) {
        findings.changeStatus(findingIds, FindingStore.CONFIRMED, FindingStore.RESOLVED);
    }

    /** An auditor revised what a confirmed finding owes: it owes {@code amount} from now on. Returns whether it was confirmed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revised(long findingId, java.math.BigDecimal amount) {
        return findings.reviseAmount(findingId, amount);
    }
}
