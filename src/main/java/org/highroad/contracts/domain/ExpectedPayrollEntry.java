package org.highroad.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.highroad.contracts.ExpectedPayroll;

/**
 * One reporting period's certified payroll expected from one contractor on one contract (the payroll calendar):
 * {@code week_ending} is the period's last day, {@code period_start} its first.
 */
@Entity
@Table(name = "expected_payroll")
public class ExpectedPayrollEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "week_ending")
    private LocalDate weekEnding;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "period_start")
    private LocalDate periodStart;

    protected ExpectedPayrollEntry() {
    }

    public ExpectedPayrollEntry(long contractId, long vendorId, LocalDate periodStart, LocalDate weekEnding, LocalDate dueOn) {
        this.contractId = contractId;
        this.periodStart = periodStart;
        this.vendorId = vendorId;
        this.weekEnding = weekEnding;
        this.dueOn = dueOn;
    }

    public ExpectedPayroll toView() {
        return new ExpectedPayroll(vendorId, weekEnding, dueOn, periodStart);
    }
}
