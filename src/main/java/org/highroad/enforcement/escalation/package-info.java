/**
 * The escalation ladder of enforcement: withholding what is owed and not yet held from the next
 * payment (29 CFR 5.9) → fines per open violation per day up to the contract's cap → debarment referral (a pending
 * debarment on the vendor once an auditor and an administrator approve; 29 CFR 5.12) → closed.
 *
 * <p>Pure Java (no process engine): {@link org.highroad.enforcement.escalation.EscalationLadder} is the port, its
 * rules are the DMN decision {@code escalationLadder} in {@code bpmn/enforcement/escalation-ladder.dmn} that policy
 * staff edit in Camunda Modeler, evaluated by {@code org.highroad.enforcement.process.DmnEscalationLadder};
 * {@link org.highroad.enforcement.escalation.FineCalculator} does the fine arithmetic from the contract's
 * {@link org.highroad.contracts.ReportingTerms}.
 */
package org.highroad.enforcement.escalation;
