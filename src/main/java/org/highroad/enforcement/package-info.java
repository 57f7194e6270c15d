/**
 * Enforcement (being built for issue 6): follows payroll findings until every worker is paid. Compliance cases, notices
 * with cure periods, the restitution ledger, withholding from contract payments, escalation and worker complaints.
 *
 * <p>So far the pieces that decide, each testable alone: {@link org.highroad.enforcement.ledger} (what each worker is
 * owed and has been paid, what is withheld from each contractor, when a case may close), {@link org.highroad.enforcement.time}
 * (cure periods in business days) and {@link org.highroad.enforcement.escalation} (the escalation ladder, a DMN table
 * policy staff edit, {@code bpmn/enforcement/escalation-ladder.dmn}, and fines capped per the contract's terms); and
 * {@code ComplianceCases}: payroll findings ({@code PayrollFlagged}) open a case per contract and contractor or join
 * the open one (one open case at a time, held by the database: {@code domain.CaseOpenings}), listed for auditors and
 * the contractors concerned ({@code GET /api/cases}); each review is passed back to the finding's status through
 * {@code payroll.FindingReviews}. {@code CaseNotices}, {@code CaseResponses}, {@code CaseLedgers} and
 * {@code CaseProgress} carry the case from notice to close.
 *
 * <p>Depends on {@code payroll} (findings and restitution, {@code PayrollFlagged}) and {@code contracts} (the reporting
 * terms: cure period, restitution threshold, fines); may use {@code platform}, {@code documents} (notices as PDF) and
 * {@code vendors} (violation history); nothing else. {@code EnforcementModuleTest} keeps these rules.
 */
package org.highroad.enforcement;
