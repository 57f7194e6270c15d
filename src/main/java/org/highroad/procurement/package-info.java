/**
 * Procurement: solicitations (draft → published → closed → evaluated → awarded, or cancelled), bids with job-quality
 * commitments, sealed until they are opened at the submission deadline, their evaluation (completeness, vendor
 * eligibility and pre-qualification, mandatory floors in force on the bid date, rubric scoring with DMN tiers, and
 * after the opening the officer's review), ranking and award, notices to bidders.
 *
 * <p>API: {@link org.highroad.procurement.Solicitations}, {@link org.highroad.procurement.Bids},
 * {@link org.highroad.procurement.BidEvaluation}, {@link org.highroad.procurement.Awards}; event
 * {@link org.highroad.procurement.BidAwarded} (for the contracts module). HTTP: {@code /api/solicitations},
 * {@code /api/bids}. Processes: {@code bidEvaluation} ({@code bpmn/procurement/bid-evaluation.bpmn}) and
 * {@code solicitationAward} ({@code bpmn/procurement/solicitation-award.bpmn}); decision table
 * {@code schedule-notice-tiers}. Depends on {@code standards} (standard versions, scorer) and {@code vendors}
 * (eligibility, pre-qualification).
 */
package org.highroad.procurement;
