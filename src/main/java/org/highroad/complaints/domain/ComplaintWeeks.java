package org.highroad.complaints.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A complaint's weeks: each week of the account compared with the certified payroll, with its verdict and the finding
 * it recorded, and what a visit or interview substantiated for it with the finding that owes it. One row per complaint
 * and week (the table's primary key), so a retried step adds no week twice.
 */
@Repository
public class ComplaintWeeks {

    /** One week of a complaint. */
    public record Week(LocalDate weekEnding, String verdict, String detail, Long findingId, BigDecimal substantiated,
            Long visitFindingId) {
    }

    private final JdbcTemplate jdbc;

    ComplaintWeeks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a week's comparison, unless recorded already (a retried job records nothing twice). */
    public void compared(long complaintId, LocalDate weekEnding, String verdict, String detail, Long findingId) {
        if (of(complaintId).stream().noneMatch(w -> w.weekEnding().equals(weekEnding))) {
            jdbc.update("insert into complaint_week (complaint_id, week_ending, verdict, detail, finding_id) values (?, ?, ?, ?, ?)",
                    complaintId, Date.valueOf(weekEnding), verdict, clip(detail), findingId);
        }
    }

    /** A week's comparison as it reads now (compared again when the payroll in force changed). */
    public void recompared(long complaintId, LocalDate weekEnding, String verdict, String detail, long findingId) {
        jdbc.update("update complaint_week set verdict = ?, detail = ?, finding_id = ? where complaint_id = ? and week_ending = ?",
                verdict, clip(detail), findingId, complaintId, Date.valueOf(weekEnding));
    }

    /** What a visit or interview substantiated for a week, and the finding that owes it. */
    public void substantiated(long complaintId, LocalDate weekEnding, BigDecimal amount, Long visitFindingId) {
        int updated = jdbc.update("update complaint_week set substantiated = ?, visit_finding_id = ? where complaint_id = ? "
                + "and week_ending = ?", amount, visitFindingId, complaintId, Date.valueOf(weekEnding));
        if (updated == 0) {
            jdbc.update("insert into complaint_week (complaint_id, week_ending, verdict, detail, substantiated, visit_finding_id) "
                    + "values (?, ?, 'NOT_COMPARED', 'not part of the account compared with the payroll', ?, ?)",
                    complaintId, Date.valueOf(weekEnding), amount, visitFindingId);
        }
    }

    /** A week a visit or interview substantiated an amount for, and the finding that owes it. */
    public record Visited(long complaintId, LocalDate weekEnding, BigDecimal substantiated, long visitFindingId) {
    }

    /** The contractor's weeks ending on {@code weekEnding} with an amount substantiated, the earliest visit's first. */
    public List<Visited> visited(long contractId, long vendorId, LocalDate weekEnding) {
        return jdbc.query("select w.complaint_id, w.week_ending, w.substantiated, w.visit_finding_id from complaint_week w "
                + "join worker_complaint c on c.id = w.complaint_id where c.contract_id = ? and c.vendor_id = ? "
                + "and w.week_ending = ? and w.substantiated > 0 and w.visit_finding_id is not null order by w.visit_finding_id",
                (rs, n) -> new Visited(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getLong(4)),
                contractId, vendorId, Date.valueOf(weekEnding));
    }

    /** The complaint's weeks, earliest first. */
    public List<Week> of(long complaintId) {
        return jdbc.query("select week_ending, verdict, detail, finding_id, substantiated, visit_finding_id from complaint_week "
                + "where complaint_id = ? order by week_ending", (rs, n) -> new Week(rs.getDate(1).toLocalDate(), rs.getString(2),
                rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getBigDecimal(5), (Long) rs.getObject(6, Long.class)),
                complaintId);
    }

    private static String clip(String detail) {
        return detail == null ? "" : detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
