package org.highroad.contracts;

import java.time.LocalDate;

/** A weekly certified payroll expected from a contractor, and when it is due. */
public record ExpectedPayroll(Long vendorId, LocalDate weekEnding, LocalDate dueOn) {
}
