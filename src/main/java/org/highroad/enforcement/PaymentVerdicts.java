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
 * <p>A verification also rules on each payment it takes in ({@link PaymentRulings}, V87): accepted unless the auditor
 * refuses it, with the reason the contractor reads (a check that bounced, a payment to the wrong worker, no proof;
 * 29 CFR 5.5(a)(3) and 5.6, HUD "Making Davis-Bacon Work": restitution is proved by proof of payment the agency
 * accepts; docs/adr/0037-the-auditor-rules-on-each-payment.md).
 *
 * <p>Two definitions, each the only one (docs/adr/0033-verification-judges-what-the-notices-named.md; domain guide 1.10):
 * <ul>
 * <li><b>Counts toward what is still owed</b> (the ceiling on a new payment, {@link CaseLedgers#recordPayments}, and
 * the closing rule of a {@code CURED} verification): every payment reported and not refused by the auditor's ruling. A
 * refused payment stays in the ledger as reported, and the contractor may pay again up to what is owed. A
 * {@code NOT_CURED} by itself refuses no payment: it says the case is not cured, most often because more is owed.</li>
 * <li><b>Paid, as the agency tells the public</b> (the public contract page, OCDS, the staff overview): a payment an
 * auditor's verification took in and did not refuse, whatever its decision on the case; one not yet taken in is
 * "reported, not yet verified"; a refused one is neither.</li>
 * </ul>
 */
@Component
public class PaymentVerdicts {

    static final String CURED = RecordVerification.Decision.CURED.name();
    static final String NOT_CURED = RecordVerification.Decision.NOT_CURED.name();

    private final CaseResponseRepository responses;
    private final CaseStepRepository steps;
    private final PaymentRulings rulings;

    PaymentVerdicts(CaseResponseRepository responses, CaseStepRepository steps, PaymentRulings rulings) {
        this.responses = responses;
        this.steps = steps;
        this.rulings = rulings;
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

    /**
     * The payments (ledger entry ids) of these cases the auditor refused on verifying: they count neither toward what is
     * still owed nor as paid.
     */
    public Set<Long> refused(Collection<Long> caseIds) {
        return rulings.refusedIn(caseIds).keySet();
    }

    /** As {@link #refused}, each with the auditor's ruling (its reason, for the contractor to read). */
    public Map<Long, PaymentRulings.Ruling> refusals(Collection<Long> caseIds) {
        return rulings.refusedIn(caseIds);
    }

    /**
     * Responses whose payments a verification took in, curing or not: their payments, less those {@link #refused}, are
     * the payments the public is told are paid.
     */
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
