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

    ContractCaseFigures(EntityManager em, CaseLedgerRepository lines) {
        this.em = em;
        this.lines = lines;
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
        Map<Long, RestitutionLedger> ledgers = lines.findByCaseIdInOrderById(cases.stream().map(ComplianceCase::id).toList())
                .stream().collect(Collectors.groupingBy(CaseLedgerRecord::caseId, Collectors.collectingAndThen(
                        Collectors.mapping(CaseLedgerRecord::entry, Collectors.toList()), RestitutionLedger::of)));
        for (ComplianceCase c : cases) {
            CaseTotals t = ledgers.getOrDefault(c.id(), RestitutionLedger.empty()).totals();
            out.merge(c.contractId(), new Figures(c.status() == ComplianceCase.Status.OPEN ? 1 : 0, t.owed(), t.paid(),
                    t.outstanding(), t.held()), Figures::plus);
        }
        return out;
    }

    /**
     * One contract's cases.
     *
     * @param openCases   cases not yet closed
     * @param owed        restitution owed on confirmed findings (reversals taken off)
     * @param paid        restitution paid, with evidence
     * @param outstanding owed and not yet paid, per worker
     * @param held        withholding held and not released
     */
    public record Figures(int openCases, BigDecimal owed, BigDecimal paid, BigDecimal outstanding, BigDecimal held) {

        static final Figures NONE = new Figures(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        public Figures plus(Figures o) {
            return new Figures(openCases + o.openCases, owed.add(o.owed), paid.add(o.paid), outstanding.add(o.outstanding),
                    held.add(o.held));
        }
    }
}
