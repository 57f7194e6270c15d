package org.highroad.subsidies;

/** Where one version of a request stands. */
public enum RequestStatus {
    /** Saved, not submitted: the employer may still change it. */
    DRAFT,
    /** Submitted and immutable: the review runs. */
    SUBMITTED,
    /** A hard rule failed: returned for revision with every reason; the employer resubmits a new version. */
    RETURNED,
    /** Within policy but above the program's automatic-approval amount: workforce staff decide. */
    IN_REVIEW,
    /** Approved (on condition, when flagged): the agreement is offered to the employer. */
    APPROVED,
    /** Refused by workforce staff; its reservation released. */
    REFUSED,
    /** Within policy, but the program's budget has not enough left. */
    BUDGET_EXHAUSTED,
    /** The employer accepted the agreement before the first day: hires can be named and reimbursed. */
    AGREED,
    /** The first day came before the employer accepted the agreement: nothing is reimbursed; its reservation released. */
    LAPSED,
    /** Withdrawn by the employer; its reservation released. */
    WITHDRAWN
}
