package org.highroad.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice of non-compliance was issued (the first, or an amended one), published in the transaction that issued it.
 *
 * @param addressedTo the vendors it is addressed to: the contractor and, for a subcontractor, the liable prime
 * @param cureDue     the day the violations must be cured by
 */
public record CaseNoticeIssued(long caseId, long contractId, long noticeId, int sequenceNo, List<Long> addressedTo,
        LocalDate cureDue) {
}
