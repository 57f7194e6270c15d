/**
 * Oversight: how an agency's contracts are doing, at a glance, for agency staff. API:
 * {@link org.highroad.oversight.AgencyDashboard} (the figures of one agency, {@link org.highroad.oversight.Dashboard}).
 * It owns no table and reads the other modules only through their APIs: contracts (the agency's contracts),
 * payroll (reporting status, open findings, workforce shares with worker counts), enforcement (open cases, the
 * restitution ledger summed per contract), vendors (legal names), standards (agencies, which standard is whose) and
 * subsidies (the program report). Shares over fewer than five workers are withheld, with complementary suppression
 * ({@code platform.disclosure.Suppression}), as the open data does; so are the hours and workers by race/ethnicity,
 * gender and residency ({@code payroll.WorkforceComposition}), a line per contract and answer under its margins. HTTP: {@code /api/oversight/agencies/{code}}
 * (JSON; each list also as CSV), pages {@code /staff/dashboard}. No process.
 */
package org.highroad.oversight;
