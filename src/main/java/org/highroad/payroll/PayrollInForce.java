package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.highroad.payroll.domain.PayrollSubmission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The contractor's accepted payroll in force for a week when it reports hours worked. A no-work statement over it would
 * replace reported work, with its findings and hours, by the contractor's word alone: a contractor corrects a payroll
 * with a correction payroll, and only the agency's auditor records a no-work statement over it, with a reason (ADR
 * 0030; 29 CFR 5.5(a)(3)(ii)(A) asks a payroll for every week in which work is performed).
 */
@Component
class PayrollInForce {

    private final JdbcTemplate jdbc;

    PayrollInForce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The accepted payroll in force for the week and the hours it reports. */
    record WithHours(long submissionId, BigDecimal hours) {
    }

    /** The week's accepted payroll in force, when it reports hours (a no-work statement reports none). */
    Optional<WithHours> withHours(long contractId, long vendorId, LocalDate weekEnding) {
        return jdbc.query("select p.id, coalesce(sum(d.straight_hours + d.overtime_hours), 0) from payroll_submission p "
                + "left join payroll_row_day d on d.submission_id = p.id where p.contract_id = ? and p.vendor_id = ? "
                + "and p.week_ending = ? and p.status = 'ACCEPTED' and p.source <> 'NO_WORK' group by p.id order by p.id desc",
                (rs, n) -> new WithHours(rs.getLong(1), rs.getBigDecimal(2)), contractId, vendorId, java.sql.Date.valueOf(weekEnding))
                .stream().filter(w -> w.hours().signum() > 0).findFirst();
    }

    /**
     * Why a no-work statement is refused over the week's payroll in force: names the week and the payroll, and what to do
     * instead. A page shows it in its language ({@code reason.payroll.noWorkOverPayroll}).
     */
    static String refusal(LocalDate weekEnding, long payrollId) {
        return "the week ending " + weekEnding + " has payroll " + payrollId + " in force with hours reported: file a correction "
                + "payroll for the week, or contact the agency auditor, who may record the no-work statement over it";
    }

    /**
     * Under the week's lock, as a no-work statement is accepted: the refusal if the week's payroll in force reports hours
     * and the statement is not one an auditor recorded over that very payroll (a payroll accepted since the statement
     * was received is not replaced by it).
     */
    Optional<String> refusalFor(PayrollSubmission noWork) {
        return withHours(noWork.contractId(), noWork.vendorId(), noWork.weekEnding())
                .filter(w -> noWork.noWorkOver() == null || noWork.noWorkOver() != w.submissionId())
                .map(w -> refusal(noWork.weekEnding(), w.submissionId()));
    }
}
