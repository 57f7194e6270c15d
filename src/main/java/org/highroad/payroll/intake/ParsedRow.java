package org.highroad.payroll.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.highroad.payroll.utilization.Residence;
import org.highroad.payroll.wages.WorkerWeek;

/**
 * One valid row of a certified-payroll CSV: one worker, one classification, one week.
 *
 * @param row        the 1-based data row it came from
 * @param name       cols. 1B–1D
 * @param week       cols. 1A, 1E, 2, 3, 4, 6A–6C as the wage model takes them (only days with hours are listed)
 * @param pay        cols. 7A–9
 * @param extensions the local-program extension columns
 */
public record ParsedRow(int row, WorkerName name, WorkerWeek week, PayAmounts pay, Extensions extensions) {

    /** Cols. 1B, 1C and 1D; {@code middleInitial} is {@code null} when blank. */
    public record WorkerName(String lastName, String firstName, String middleInitial) {
    }

    /**
     * Cols. 7A to 9 as reported. Checked by the reader: {@code grossThisProject} matches the hours and rates within a
     * cent, {@code deductionsTotal} = tax + FICA + other and {@code netPay} = {@code grossAllWork} −
     * {@code deductionsTotal} within a cent, {@code grossAllWork} ≥ {@code grossThisProject}.
     */
    public record PayAmounts(BigDecimal grossThisProject, BigDecimal grossAllWork, BigDecimal deductionsTax,
            BigDecimal deductionsFica, BigDecimal deductionsOther, BigDecimal deductionsTotal, BigDecimal netPay) {
    }

    /**
     * The extension columns, each {@code null} when not reported. Race/ethnicity and gender are self-identified and
     * passed on as written (mapping them to a program's categories is the caller's business).
     *
     * @param resident             col. {@code resident}: Y or N
     * @param addressEffectiveFrom col. {@code address_effective_from}; when {@code resident} is given without a date,
     *                             the first day of the payroll week (the Sunday)
     */
    public record Extensions(Boolean resident, LocalDate addressEffectiveFrom, String raceEthnicity, String gender) {

        /** The entry for the worker's address history ({@code WorkerProfile}), when residence was reported. */
        public Optional<Residence> residence() {
            return resident == null ? Optional.empty() : Optional.of(new Residence(resident, addressEffectiveFrom));
        }
    }
}
