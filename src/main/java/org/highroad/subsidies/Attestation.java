package org.highroad.subsidies;

/** What an employer attests when it submits a request; a program names the ones it requires. */
public enum Attestation {
    /** No current worker is displaced, laid off or has hours cut for the trainee (WIOA sec. 181(b)). */
    NO_DISPLACEMENT,
    /**
     * The agreement is signed before the trainee's first day, so no hour before it is paid (20 CFR 680.700(a): OJT is
     * provided under a contract with the employer; local boards such as SDWP require the contract before the hire).
     */
    AGREEMENT_BEFORE_HIRE
}
