package org.highroad.enforcement;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.enforcement.domain.CaseLedgerRecord;
import org.highroad.enforcement.domain.CaseLedgerRepository;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.ledger.CaseTotals;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of contracts summed per contract, for agency staff's overview: how many cases are open, and the
 * restitution owed, paid and outstanding and the withholding held over all the contract's cases, open or closed. Each
 * case's ledger is replayed by {@link RestitutionLedger} (outstanding summed per worker, never below zero; held per
 * contractor), so the figures are the ones each case page shows, added up. Two reads: the cases, then their ledger
 * lines.
 */
@Service
public class ContractCaseFigures {

    private final EntityManager em;
    private final CaseLedgerRepository lines;
    private final PaymentVerdicts verdicts;

    ContractCaseFigures(EntityManager em, CaseLedgerRepository lines, PaymentVerdicts verdicts) {
        this.em = em;
        this.lines = lines;
        this.verdicts = verdicts;
    }

    /** The figures of each of these contracts; a contract without cases has zeros. */
    @Transactional(readOnly = true)
    public Map<Long, Figures> of(Collection<Long> contractIds) {
        Map<Long, Figures> out = new HashMap<>();
        contractIds.forEach(id -> out.put(id, Figures.NONE));
        if (contractIds.isEmpty()) {
            return out;
        }
        List<ComplianceCase> cases = em.createQuery("select c from ComplianceCase c where c.contractId in :ids order by c.id",
                ComplianceCase.class).setParameter("ids", contractIds).getResultList();
        if (cases.isEmpty()) {
            return out;
        }
        List<Long> caseIds = cases.stream().map(ComplianceCase::id).toList();
        List<CaseLedgerRecord> stored = lines.findByCaseIdInOrderById(caseIds);
        // paid is what an auditor's verification took in and did not refuse, as the public contract page counts it
        // (PaymentVerdicts); a payment the contractor reported and no auditor verified yet is counted apart, and stays
        // outstanding; a refused one is neither
        Map<Long, String> taken = verdicts.of(caseIds);
        java.util.Set<Long> verified = verdicts.curing(caseIds);
        java.util.Set<Long> refused = verdicts.refused(caseIds);
        Map<Long, RestitutionLedger> ledgers = stored.stream()
                .filter(r -> !(r.entry() instanceof org.highroad.enforcement.ledger.LedgerEntry.Paid)
                        || (r.responseId() != null && verified.contains(r.responseId()) && !refused.contains(r.id())))
                .collect(Collectors.groupingBy(CaseLedgerRecord::caseId, Collectors.collectingAndThen(
                        Collectors.mapping(CaseLedgerRecord::entry, Collectors.toList()), RestitutionLedger::of)));
        Map<Long, BigDecimal> reported = stored.stream()
                .filter(r -> r.entry() instanceof org.highroad.enforcement.ledger.LedgerEntry.Paid
                        && (r.responseId() == null || !taken.containsKey(r.responseId())))
                .collect(Collectors.groupingBy(CaseLedgerRecord::caseId, Collectors.reducing(BigDecimal.ZERO.setScale(2),
                        r -> ((org.highroad.enforcement.ledger.LedgerEntry.Paid) r.entry()).amount(), BigDecimal::add)));
        for (ComplianceCase c : cases) {
            CaseTotals t = ledgers.getOrDefault(c.id(), RestitutionLedger.empty()).totals();
            out.merge(c.contractId(), new Figures(c.status() == ComplianceCase.Status.OPEN ? 1 : 0, t.owed(), t.paid(),
                    t.outstanding(), t.held(), reported.getOrDefault(c.id(), BigDecimal.ZERO.setScale(2)).setScale(2)),
                    Figures::plus);
        }
        return out;
    }

    /**
     * One contract's cases.
     *
     * @param openCases   cases not yet closed
     * @param owed        restitution owed on confirmed findings (reversals taken off)
     * @param paid        restitution paid, with evidence an auditor's verification took in
     * @param outstanding owed and not yet paid (as verified), per worker
     * @param held        withholding held and not released
     * @param reported    payments the contractor reported that no auditor has verified yet (not in {@code paid})
     */
    public record Figures(int openCases, BigDecimal owed, BigDecimal paid, BigDecimal outstanding, BigDecimal held,
            BigDecimal reported) {

        static final Figures NONE = new Figures(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        public Figures plus(Figures o) {
            return new Figures(openCases + o.openCases, owed.add(o.owed), paid.add(o.paid), outstanding.add(o.outstanding),
                    held.add(o.held), reported.add(o.reported));
        }
    }
}
