package org.highroad.procurement;

/** draft → published → closed → evaluated → awarded, or cancelled from any state before award. */
public enum SolicitationStatus { DRAFT, PUBLISHED, CLOSED, EVALUATED, AWARDED, CANCELLED }
