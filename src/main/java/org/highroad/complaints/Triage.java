package org.highroad.complaints;

import java.time.LocalDate;

/**
 * The auditor's triage: the contract and contractor (the employer's vendor) the complaint is about, the worker as the
 * certified payroll names them (the worker reference, the last four digits of the id, or the name) and the payroll
 * week to compare with.
 */
public record Triage(Long contractId, Long vendorId, String workerRef, LocalDate weekEnding, String note) {
}
