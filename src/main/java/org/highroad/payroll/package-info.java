/**
 * Payroll (in progress, issue 5): certified payroll checks. So far the pure cores: {@code wages.WageCheck} (each
 * WH-347 worker row against the contract's wage rules in force on each day: straight time, weekly and daily overtime,
 * fringe per hour by plan credit and cash in lieu, apprentices, restitution per worker and component to the cent) and
 * {@code utilization.UtilizationCalculator} (cumulative shares of hours for residents, people of color, women and
 * apprentices, per trade and level, residency per day from the address history). Intake (CSV and JSON, raw upload
 * stored first, streaming, bulk writes), the missing-report timers and findings come next. Depends on
 * {@code contracts} ({@code ContractRuleBook}, {@code WageRule}, {@code WorkforceRule}).
 */
package org.highroad.payroll;
