package org.highroad.procurement;

/**
 * draft → published → closed → evaluated → awarded, or cancelled from any state before award. Closed: the submission
 * deadline passed and the bids were opened ({@code SolicitationView.openedAt}).
 */
public enum SolicitationStatus { DRAFT, PUBLISHED, CLOSED, EVALUATED, AWARDED, CANCELLED }
