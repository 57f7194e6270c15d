package org.highroad.contracts;

import java.util.List;

/**
 * Weeks added to a contract's payroll calendar (on execution, or when a subcontractor joins an executed contract):
 * the payroll module starts watching each one for its report.
 */
public record PayrollWeeksExpected(long contractId, List<ExpectedPayroll> weeks) {
}
