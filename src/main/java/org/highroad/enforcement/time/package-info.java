/**
 * Calendar arithmetic for enforcement deadlines: {@link org.highroad.enforcement.time.BusinessDays} counts cure periods
 * in business days (the contract's {@code ReportingTerms.curePeriodBusinessDays}), skipping weekends and holidays, and
 * computes the US federal holidays with their observed dates (5 U.S.C. 6103). Pure: no clock, no framework.
 */
package org.highroad.enforcement.time;
