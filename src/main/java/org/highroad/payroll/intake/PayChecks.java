package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.PayrollCsvLayout.DEDUCTIONS_TOTAL;
import static org.highroad.payroll.intake.PayrollCsvLayout.GROSS_ALL_WORK;
import static org.highroad.payroll.intake.PayrollCsvLayout.GROSS_THIS_PROJECT;
import static org.highroad.payroll.intake.PayrollCsvLayout.NET_PAY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.highroad.payroll.intake.ParsedRow.PayAmounts;

/**
 * The sums of cols. 7A to 9 on one row, each within a cent (see {@link PayAmounts}): gross for this project against
 * the hours and rates, gross for all work not below it, the deductions total, net pay. Only called on a row whose
 * numbers are all well formed.
 */
final class PayChecks {

    private PayChecks() {
    }

    static void check(int row, ReadErrors errors, BigDecimal stTotal, BigDecimal otTotal, BigDecimal rateSt,
            BigDecimal rateOt, BigDecimal cashInLieu, PayAmounts pay) {
        BigDecimal gross = pay.grossThisProject();
        BigDecimal grossAll = pay.grossAllWork();
        BigDecimal deductions = pay.deductionsTotal();
        BigDecimal expected = stTotal.multiply(rateSt)
                .add(rateOt == null ? BigDecimal.ZERO : otTotal.multiply(rateOt))
                .add(stTotal.add(otTotal).multiply(cashInLieu));
        if (offByMoreThanACent(gross, expected)) {
            errors.error(row, GROSS_THIS_PROJECT, "does not match the hours and rates: expected "
                    + expected.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + " = straight hours × rate_st + overtime hours × rate_ot + all hours × "
                    + "cash_in_lieu_per_hour (within one cent; fringe paid to plans is not part of gross)");
        }
        if (grossAll.add(PayrollCsvReader.CENT).compareTo(gross) < 0) {
            errors.error(row, GROSS_ALL_WORK, "is less than gross_this_project");
        }
        BigDecimal sum = pay.deductionsTax().add(pay.deductionsFica()).add(pay.deductionsOther());
        if (offByMoreThanACent(deductions, sum)) {
            errors.error(row, DEDUCTIONS_TOTAL, "is not deductions_tax + deductions_fica + deductions_other ("
                    + sum.toPlainString() + ")");
        }
        if (offByMoreThanACent(pay.netPay(), grossAll.subtract(deductions))) {
            errors.error(row, NET_PAY, "is not gross_all_work − deductions_total ("
                    + grossAll.subtract(deductions).toPlainString() + ")");
        }
    }

    static boolean offByMoreThanACent(BigDecimal reported, BigDecimal expected) {
        return reported.subtract(expected).abs().compareTo(PayrollCsvReader.CENT) > 0;
    }
}
