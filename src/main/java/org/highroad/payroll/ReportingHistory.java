package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vendor's reporting record across every contract, for its past performance: which contract weeks were due from it
 * and which of them were late, the hours its certified payrolls in force report, and the weeks with a workforce-share
 * shortfall. A finding counts while it stands: one dismissed on review or superseded by a correction does not.
 */
@Service
public class ReportingHistory {

    private static final String STANDING = "('" + org.highroad.payroll.domain.FindingStore.DISMISSED + "', '"
            + org.highroad.payroll.domain.FindingStore.SUPERSEDED + "')";

    private final JdbcTemplate jdbc;

    ReportingHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param weeksReported     contract weeks with a certified payroll (or no-work statement) in force
     * @param weeksDue          contract weeks reported or found late (a week never reported has its late-report finding)
     * @param lateFindingIds    the late-report findings standing, one per late week
     * @param hoursReported     straight and overtime hours on the payrolls in force
     * @param shortfallWeeks    contract weeks with a share shortfall standing against the vendor
     * @param shortfallFindingIds those shortfall findings
     */
    public record Reporting(int weeksReported, int weeksDue, List<Long> lateFindingIds, BigDecimal hoursReported,
            int shortfallWeeks, List<Long> shortfallFindingIds) {
    }

    /** The vendor's record for weeks ending from {@code from} to {@code to}, inclusive. */
    @Transactional(readOnly = true)
    public Reporting of(long vendorId, LocalDate from, LocalDate to) {
        Set<String> reported = new HashSet<>(jdbc.query("select contract_id, week_ending from payroll_submission "
                + "where vendor_id = ? and status = 'ACCEPTED' and week_ending between ? and ?",
                (rs, n) -> rs.getLong(1) + ":" + rs.getObject(2, LocalDate.class), vendorId, from, to));
        Set<String> due = new HashSet<>(reported);
        Set<String> lateWeeks = new HashSet<>();
        List<Long> late = jdbc.query("select id, contract_id, week_ending from payroll_finding where vendor_id = ? "
                + "and kind = 'LATE_REPORT' and status not in " + STANDING + " and week_ending between ? and ? order by id",
                (rs, n) -> lateWeeks.add(rs.getLong(2) + ":" + rs.getObject(3, LocalDate.class)) ? rs.getLong(1) : null,
                vendorId, from, to).stream().filter(java.util.Objects::nonNull).toList();
        due.addAll(lateWeeks);
        BigDecimal hours = jdbc.queryForObject("select coalesce(sum(d.straight_hours + d.overtime_hours), 0) from "
                + "payroll_row_day d join payroll_submission s on s.id = d.submission_id where s.vendor_id = ? "
                + "and s.status = 'ACCEPTED' and s.week_ending between ? and ?", BigDecimal.class, vendorId, from, to);
        Set<String> shortWeeks = new HashSet<>();
        List<Long> shortfalls = jdbc.query("select id, contract_id, week_ending from payroll_finding where "
                + "vendor_id = ? and kind = 'SHARE_SHORTFALL' and status not in " + STANDING
                + " and week_ending between ? and ? order by id", (rs, n) -> {
                    shortWeeks.add(rs.getLong(2) + ":" + rs.getObject(3, LocalDate.class));
                    return rs.getLong(1);
                }, vendorId, from, to);
        shortWeeks.retainAll(reported);
        return new Reporting(reported.size(), due.size(), late, hours, shortWeeks.size(), shortfalls);
    }
}
