package org.highroad.enforcement.escalation;

/**
 * The escalation ladder of enforcement: withholding what is owed and not yet held, fines per open
 * violation per day up to the cap, a debarment referral, closed. Policy staff own the rules
 * ({@code bpmn/enforcement/escalation-ladder.dmn}, decision {@code escalationLadder}); the engine-backed implementation
 * evaluates the latest deployed version.
 */
public interface EscalationLadder {

    /** The next step for a case with these facts; every valid input gets an advice. */
    EscalationAdvice advise(EscalationInput in);
}
