/**
 * Wage subsidies (WIOA on-the-job training and subsidized employment, 20 CFR 680.700-680.730). Programs
 * ({@link org.highroad.subsidies.SubsidyPrograms}) are pinned to an adopted standard version and carry their terms
 * within the standard's {@code SubsidyTerms}, filled from a program preset ({@code presets/subsidy-programs/}).
 * Employers (contractor users) draft, submit, revise, reduce and withdraw requests for their own company
 * ({@link org.highroad.subsidies.SubsidyRequests}); a submitted version never changes and a resubmission is the next
 * version. The {@code wageSubsidyReview} process ({@code bpmn/subsidies/wage-subsidy-review.bpmn},
 * {@code process.WageSubsidyReviewProcess}) runs {@link org.highroad.subsidies.SubsidyReview}: hard rules
 * ({@code domain.HardRules}), job quality on the pinned rubric with the scorer bids use ({@code domain.JobQuality}), the
 * living-wage flag ({@code domain.SoftStandards}), the money ({@code domain.Reimbursement}), the budget reservation held
 * in SQL ({@code domain.Budgets}), approval automatic or by workforce staff, the agreement PDF ({@code documents}) and
 * its acceptance before the first day. {@link org.highroad.subsidies.SubsidyClaims} names hires, pays milestone claims
 * from pay records in the certified-payroll CSV layout ({@code payroll.PayrollEvidence}) and records clawbacks, each
 * amount to recover announced as {@link org.highroad.subsidies.SubsidyClawbackFound} (the enforcement module opens its
 * case; this module never imports enforcement);
 * {@link org.highroad.subsidies.SubsidyReports} the program report, suppressing aggregates under five hires. Depends on
 * {@code standards}, {@code vendors}, {@code payroll}, {@code documents} and {@code platform}.
 */
package org.highroad.subsidies;
