/**
 * Time: {@link org.highroad.platform.time.BusinessDays} counts periods in business days (cure periods, escalation
 * checks), skipping weekends and holidays, and computes the US federal holidays with their observed dates
 * (5 U.S.C. 6103); {@link org.highroad.platform.time.AgencyCalendars} gives each agency its calendar, federal
 * holidays plus its own ({@link org.highroad.platform.time.AgencyHolidays}). {@code BusinessDays} is pure: no clock,
 * no framework.
 */
package org.highroad.platform.time;
