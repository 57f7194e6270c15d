package org.highroad.oversight;

import java.time.LocalDate;
import java.util.List;

/** A contract's expected reporting periods as of {@code asOf}, each contractor's, with where each stands. */
public record ContractPeriods(long contractId, String title, String agencyCode, LocalDate asOf, List<Period> periods) {

    /**
     * One period ({@code weekEnding} its last day): RECEIVED, RECEIVED_UNCHECKED, NO_WORK, MISSING (past due) or
     * NOT_DUE, as {@code payroll.PayrollCompliance} tells it.
     */
    public record Period(long vendorId, String vendor, LocalDate periodStart, LocalDate weekEnding, LocalDate dueOn,
            String state, Long submissionId) {
    }
}
