/**
 * Contracts: the awarded bid's commitments written into a contract. Drafted from {@code BidAwarded} (process
 * {@code contractAward}, {@code bpmn/contracts/contract-award.bpmn}): per classification a committed wage (the highest
 * of the offer, a services bid's lowest hourly wage for every covered worker, the prevailing rate and every floor in
 * force on the day, with its lineage), fringe obligations, workforce shares at the
 * higher of target and pledge, the other commitments as terms, the standard's enforcement parameters; clauses from a
 * versioned template library; a PDF. Legal review, the prime's acceptance, execution with the weekly payroll
 * calendar; amendments as effective-dated versions; subcontractors who inherit the commitments.
 *
 * <p>API: {@link org.highroad.contracts.Contracts} (reads, each as the caller may see it by
 * {@code domain.ContractSight}; including {@code ruleBook}, {@code wageRule}, {@code workforceRules} and the calendar
 * for the payroll module, from {@link org.highroad.contracts.ContractRuleBooks}); one class per change:
 * {@link org.highroad.contracts.DraftFromAward}, {@link org.highroad.contracts.LegalReview},
 * {@link org.highroad.contracts.ContractAcceptance} (decisions {@code LegalReviewDecision}, {@code AcceptanceDecision}),
 * {@link org.highroad.contracts.AmendContract}, {@link org.highroad.contracts.AddSubcontractor};
 * {@link org.highroad.contracts.ClauseTemplates},
 * {@link org.highroad.contracts.ContractDocuments}. HTTP: {@code /api/contracts}, {@code /api/clause-templates}.
 * Depends on {@code procurement} (the award and the bid's commitments), {@code standards}, {@code vendors},
 * {@code documents}.
 */
package org.highroad.contracts;
