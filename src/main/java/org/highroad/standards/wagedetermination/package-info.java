/**
 * Wage determinations imported as published: a Davis-Bacon general decision's plain text (SAM.gov layout) is stored,
 * then read by {@link org.highroad.standards.wagedetermination.PublishedDecisionReader} into its header, modification
 * table, rate groups and classification lines, keeping notes, footnotes and group descriptions and listing every line
 * it could not read. Each decision and modification is stored once; a later modification is a new one, compared per
 * classification with the one before it ({@link org.highroad.standards.wagedetermination.Changes}).
 * {@link org.highroad.standards.wagedetermination.Pinning} turns one into the
 * {@link org.highroad.standards.WageDetermination} a standard version draft pins, copying its hourly rates.
 *
 * <p>API: {@link org.highroad.standards.wagedetermination.WageDeterminations}. HTTP: {@code /api/wage-determinations},
 * {@code /api/standards/{code}/versions/{n}/wage-determinations}.
 */
package org.highroad.standards.wagedetermination;
