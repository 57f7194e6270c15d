package org.highroad.enforcement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.highroad.enforcement.domain.CaseResponse;
import org.highroad.enforcement.domain.CaseResponseRepository;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.CaseStepRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the auditor's verifications said of the contractor's responses, and so of the payments they carried. A
 * response's verdict is the decision of the last verification of its case decided at or before the response was marked
 * taken in (a verification is recorded, then marks the responses it took in, in one transaction): {@code CURED} or
 * {@code NOT_CURED}, none until a verification took it in.
 *
 * <p>Two definitions, each the only one (docs/adr/0033-verification-judges-what-the-notices-named.md; domain guide 1.10):
 * <ul>
 * <li><b>Counts toward what is still owed</b> (the ceiling on a new payment, {@link CaseLedgers#recordPayments}): every
 * payment reported and not refused. No verification refuses a payment today: a {@code NOT_CURED} says the case is not
 * cured, most often because more is owed ("Lee is owed $160.00 more"), not that the payments it took in were not made;
 * a ruling on each payment (a check that did not clear) is not recorded, so none is set aside.</li>
 * <li><b>Paid, as the agency tells the public</b> (the public contract page, OCDS, the staff overview): a payment an
 * auditor's verification took in, whatever its decision on the case; one not yet taken in is "reported, not yet
 * verified".</li>
 * </ul>
 */
@Component
public class PaymentVerdicts {

    static final String CURED = RecordVerification.Decision.CURED.name();
    static final String NOT_CURED = RecordVerification.Decision.NOT_CURED.name();

    private final CaseResponseRepository responses;
    private final CaseStepRepository steps;

    PaymentVerdicts(CaseResponseRepository responses, CaseStepRepository steps) {
        this.responses = responses;
        this.steps = steps;
    }

    /** The verdict of each response of these cases a verification took in (responses without one are absent). */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CaseStep>> verifications = steps.findByCaseIdInAndStepOrderById(caseIds,
                CaseStep.Kind.VERIFICATION.name()).stream().collect(Collectors.groupingBy(CaseStep::caseId));
        Map<Long, String> out = new HashMap<>();
        for (CaseResponse r : responses.findByCaseIdInAndVerifiedAtIsNotNull(caseIds)) {
            String verdict = verdict(verifications.getOrDefault(r.caseId(), List.of()), r);
            if (verdict != null) {
                out.put(r.id(), verdict);
            }
        }
        return out;
    }

    /** The verdict of one response, from its case's verifications in the order recorded. */
    static String verdict(List<CaseStep> verifications, CaseResponse r) {
        String verdict = null;
        if (r.verifiedAt() != null) {
            for (CaseStep s : verifications) {
                if (!s.decidedAt().isAfter(r.verifiedAt())) {
                    verdict = s.decision();
                }
            }
        }
        return verdict;
    }

    /** Responses whose payments a verification refused: none (see the class comment), so every reported payment counts. */
    public Set<Long> refused(Collection<Long> caseIds) {
        return Set.of();
    }

    /** Responses whose payments a verification took in, curing or not: the payments the public is told are paid. */
    public Set<Long> curing(Collection<Long> caseIds) {
        Set<Long> out = new HashSet<>(with(of(caseIds), CURED));
        out.addAll(with(of(caseIds), NOT_CURED));
        return out;
    }

    private static Set<Long> with(Map<Long, String> verdicts, String decision) {
        Set<Long> out = new HashSet<>();
        verdicts.forEach((id, v) -> {
            if (decision.equals(v)) {
                out.add(id);
            }
        });
        return out;
    }
}
