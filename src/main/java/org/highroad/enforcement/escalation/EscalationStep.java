package org.highroad.enforcement.escalation;

/**
 * Where an enforcement case is on the escalation ladder: nothing done yet, withholding from the contractor's payments,
 * fines, or referred for debarment. A closed case is off the ladder (see {@link EscalationAdvice.NextStep#CLOSE}).
 */
public enum EscalationStep {
    /** A case is open, no sanction yet. */
    NONE,
    /** At least the outstanding restitution is withheld from the contractor's next payment (29 CFR 5.9). */
    WITHHOLDING,
    /** Fines per open violation per day, up to the contract's cap ({@link FineCalculator}). */
    FINES,
    /** Referred for debarment: a pending debarment on the vendor, decided by an auditor and an administrator. */
    DEBARMENT_REFERRAL
}
