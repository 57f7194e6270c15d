package org.highroad.complaints;

import java.time.LocalDate;

/**
 * The auditor's triage: the contract and contractor (the employer's vendor) the complaint is about, the worker as the
 * certified payroll names them (the worker reference, the last four digits of the id, or the name) and the payroll
 * week to compare with. {@code weekEnding} is a work week's last day: on a contract that reports weekly, the payroll
 * week's end as in the payroll calendar; on one that reports biweekly, semi-monthly, monthly or quarterly, the Saturday
 * ending the work week the worker speaks of (not the reporting period's last day, the key payroll tables use), which is
 * compared with that work week's rows on the payroll of the period holding it.
 */
public record Triage(Long contractId, Long vendorId, String workerRef, LocalDate weekEnding, String note) {
}
