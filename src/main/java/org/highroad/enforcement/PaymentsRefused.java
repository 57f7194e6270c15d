package org.highroad.enforcement;

import java.util.List;

/**
 * An auditor's verification refused payments the contractor reported (a check that did not clear, no proof): the
 * contractor (and, for a subcontractor, the liable prime) is told how many, without the auditor's reasons, which its
 * case page shows beside each payment ({@link PaymentRulings}).
 *
 * @param caseId      the case
 * @param stepId      the verification's step, once per verification
 * @param addressedTo the vendors told: the contractor and, for a subcontractor, the liable prime
 * @param refused     how many payments were refused
 */
public record PaymentsRefused(long caseId, long stepId, List<Long> addressedTo, int refused) {
}
