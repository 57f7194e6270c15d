/**
 * Payroll: certified payroll from the contractor to the findings. {@code ComplianceStatements} keeps each contractor's
 * Statement of Compliance (signatory, fringe plans, apprenticeship programs); {@code ReceivePayroll} (CSV, JSON),
 * {@code CertifyNoWork} and {@code RetryPayroll} take a week's WH-347 payroll, storing the raw upload before parsing, streaming it through
 * {@code intake.PayrollCsvReader} and writing rows in bulk, all or nothing, one payroll of a week at a time
 * ({@code domain.PayrollWeeks}); {@code PayrollFollowUp} runs the checks, tells the week's review process and recovers
 * both after a crash; {@code PayrollSubmissions} reads submissions as the caller may see them; {@code PayrollChecks}
 * checks an accepted payroll a few workers at a time ({@code WageChecks} over {@code wages.WageCheck}: base, overtime,
 * fringe, apprentices, restitution to the cent) and the shares to date ({@code ShareShortfalls}, {@code PayrollUtilization} over {@code utilization.UtilizationCalculator}), recording
 * findings once and announcing them as {@code PayrollFlagged}; {@code PayrollCompliance} records late reports (timer of
 * {@code certifiedPayrollReview}) and answers whether a contract's reporting is in order; {@code FindingReviews} sets a
 * finding's status from its review in enforcement; {@code PayrollEvidence} reads one week of pay records in the
 * same CSV layout with the same reader, storing nothing, for a wage subsidy's claim. Depends on {@code contracts}
 * ({@code ContractRuleBook}, {@code WageRule}, {@code WorkforceRule}, the payroll calendar).
 */
package org.highroad.payroll;
