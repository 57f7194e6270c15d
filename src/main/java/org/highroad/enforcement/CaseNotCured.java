package org.highroad.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * An auditor verified the contractor's responses and found the case not cured: the contractor (and, for a
 * subcontractor, the liable prime) is told, without the auditor's reason, what the case page shows.
 *
 * @param caseId      the case
 * @param stepId      the verification's step, once per verification
 * @param addressedTo the vendors told: the contractor and, for a subcontractor, the liable prime
 * @param cureDue     the cure date still running, or null
 */
public record CaseNotCured(long caseId, long stepId, List<Long> addressedTo, LocalDate cureDue) {
}
