package org.highroad.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice of non-compliance was issued (the first, or an amended one), published in the transaction that issued it.
 *
 * @param addressedTo the vendors it is addressed to: the contractor and, for a subcontractor, the liable prime
 * @param contractId       the contract the case is about, or null for a case about a wage-subsidy agreement
 * @param subsidyRequestId the subsidy request whose agreement the case is about, or null for a contract's case
 * @param cureDue          the day the violations must be cured (or the amount repaid) by
 */
public record CaseNoticeIssued(long caseId, Long contractId, Long subsidyRequestId, long noticeId, int sequenceNo, List<Long> addressedTo,
        LocalDate cureDue) {
}
