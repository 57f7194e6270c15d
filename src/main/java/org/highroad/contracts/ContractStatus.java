package org.highroad.contracts;

/** draft → in legal review → awaiting the contractor's acceptance → executed; a return or rejection goes back to draft. */
public enum ContractStatus { DRAFT, IN_LEGAL_REVIEW, AWAITING_ACCEPTANCE, EXECUTED }
