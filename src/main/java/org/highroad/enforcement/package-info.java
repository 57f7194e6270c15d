/**
 * Enforcement: follows payroll findings until every worker is paid. Compliance cases, notices with cure periods, the
 * restitution ledger, withholding from contract payments, escalation and debarment referral.
 *
 * <p>The pieces that decide, each testable alone: {@link org.highroad.enforcement.ledger} (what each worker is owed
 * and has been paid, what is withheld from each contractor, when a case may close) and
 * {@link org.highroad.enforcement.escalation} (the escalation ladder, a DMN table policy staff edit,
 * {@code bpmn/enforcement/escalation-ladder.dmn}, and fines capped per the contract's terms). Cure periods and
 * re-checks are counted in business days of the contract's agency ({@code CaseCalendar}, over
 * {@code platform.time.AgencyCalendars}).
 *
 * <p>The API, one class per use case: {@code CaseIntake} (payroll findings, {@code PayrollFlagged}, open a case per
 * contract and contractor or join the open one: one open case at a time, held by the database,
 * {@code domain.CaseOpenings}); {@code ReviewFinding} (each review passed back to the finding's status through
 * {@code payroll.FindingReviews}); {@code SubsidyCaseIntake} (a wage-subsidy clawback, {@code subsidies.SubsidyClawbackFound},
 * opens a case about the agreement whose finding is a subsidy recovery owed to the program, one case per clawback,
 * {@code domain.SubsidyRecoveries}, ADR 0014); {@code RouteAfterReview}; {@code CaseNotices}; {@code AwaitCure};
 * {@code CaseResponses}; {@code RecordVerification}; {@code AdviseEscalation}; {@code DecideEscalation};
 * {@code ReferForDebarment}; {@code CloseByRule}; {@code CaseLedgers}; {@code SupersededFindings}. Reads:
 * {@code ComplianceCases} (the queue and each case, for auditors and the contractors concerned, {@code GET /api/cases})
 * and {@code CaseSteps}. The human decisions (review, verification, escalation, debarment) are enums that read the
 * task's answer; each use case says why it refuses one, and the API and Tasklist refuse the same things.
 *
 * <p>Depends on {@code payroll} (findings and restitution, {@code PayrollFlagged}) and {@code contracts} (the reporting
 * terms: cure period, restitution threshold, fines), and hears {@code subsidies.SubsidyClawbackFound} (nothing else of
 * subsidies); may use {@code platform}, {@code documents} (notices as PDF) and
 * {@code vendors} (violation history); nothing else. {@code EnforcementModuleTest} keeps these rules.
 */
package org.highroad.enforcement;
