package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The hires named under an agreement, the claims and each payment, and the clawbacks: rows in SQL, kept as written. */
@Component
public class SubsidyLedger {

    private final JdbcTemplate jdbc;

    SubsidyLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Hire(String workerRef, LocalDate startDate, String status, LocalDate endedOn, String endReason) {
    }

    public record Payment(long claimId, String workerRef, BigDecimal hoursClaimed, BigDecimal hoursPaid, BigDecimal wagePaid,
            BigDecimal amount) {
    }

    public record Claim(long id, String milestone, BigDecimal amount, String reasons, Instant filedAt) {
    }

    public record Clawback(long id, String workerRef, String ground, BigDecimal amount, String detail, String status,
            Instant recordedAt) {
    }

    /**
     * Names a started hire holding {@code activeKey} (its worker within the employer's agreements of the program) under
     * a unique index until it ends: a second started hire of the same worker there is refused by the database.
     */
    public void nameHire(long requestId, String workerRef, LocalDate start, String by, Instant at, String activeKey) {
        jdbc.update("insert into subsidy_hire (request_id, worker_ref, start_date, status, named_by, named_at, active_key) "
                + "values (?, ?, ?, ?, ?, ?, ?)", requestId, workerRef, Date.valueOf(start), "STARTED", by, Timestamp.from(at),
                activeKey);
    }

    /** The request whose started hire holds this worker's key, if any. */
    public java.util.Optional<Long> requestHolding(String activeKey) {
        return jdbc.query("select request_id from subsidy_hire where active_key = ?", (rs, n) -> rs.getLong(1), activeKey)
                .stream().findFirst();
    }

    public List<Hire> hires(long requestId) {
        return jdbc.query("select worker_ref, start_date, status, ended_on, end_reason from subsidy_hire where request_id = ? order by id",
                (rs, n) -> new Hire(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5)), requestId);
    }

    public boolean endHire(long requestId, String workerRef, String status, LocalDate on, String reason) {
        return jdbc.update("update subsidy_hire set status = ?, ended_on = ?, end_reason = ?, active_key = null where request_id = ? and worker_ref = ? "
                + "and status = 'STARTED'", status, Date.valueOf(on), reason, requestId, workerRef) == 1;
    }

    public long fileClaim(long requestId, String milestone, String by, Instant at, BigDecimal amount, String reasons) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into subsidy_claim (request_id, milestone, filed_by, filed_at, amount, reasons) "
                    + "values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, requestId);
            s.setString(2, milestone);
            s.setString(3, by);
            s.setTimestamp(4, Timestamp.from(at));
            s.setBigDecimal(5, amount);
            s.setString(6, reasons);
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public void pay(long claimId, long requestId, Payment p, Instant at) {
        jdbc.update("insert into subsidy_payment (claim_id, request_id, worker_ref, hours_claimed, hours_paid, wage_paid, amount, paid_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", claimId, requestId, p.workerRef(), p.hoursClaimed(), p.hoursPaid(), p.wagePaid(),
                p.amount(), Timestamp.from(at));
    }

    /** Records that the hire's pay records of this week were claimed; a week is claimed once per hire. */
    public void claimWeek(long claimId, long requestId, String workerRef, LocalDate weekEnding) {
        jdbc.update("insert into subsidy_claim_week (claim_id, request_id, worker_ref, week_ending) values (?, ?, ?, ?)",
                claimId, requestId, workerRef, Date.valueOf(weekEnding));
    }

    /** The weeks the hire was claimed for already, each with the milestone of the claim that took it. */
    public java.util.Map<LocalDate, String> claimedWeeks(long requestId, String workerRef) {
        java.util.Map<LocalDate, String> weeks = new java.util.HashMap<>();
        jdbc.query("select w.week_ending, c.milestone from subsidy_claim_week w join subsidy_claim c on c.id = w.claim_id "
                + "where w.request_id = ? and w.worker_ref = ?", rs -> {
                    weeks.put(rs.getDate(1).toLocalDate(), rs.getString(2));
                }, requestId, workerRef);
        return weeks;
    }

    public List<Claim> claims(long requestId) {
        return jdbc.query("select id, milestone, amount, reasons, filed_at from subsidy_claim where request_id = ? order by id",
                (rs, n) -> new Claim(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), requestId);
    }

    public List<Payment> payments(long requestId) {
        return jdbc.query("select claim_id, worker_ref, hours_claimed, hours_paid, wage_paid, amount from subsidy_payment "
                + "where request_id = ? order by id", (rs, n) -> new Payment(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)), requestId);
    }

    public BigDecimal paidTo(long requestId, String workerRef) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from subsidy_payment where request_id = ? and worker_ref = ?",
                BigDecimal.class, requestId, workerRef);
    }

    public BigDecimal hoursPaidTo(long requestId, String workerRef) {
        return jdbc.queryForObject("select coalesce(sum(hours_paid), 0) from subsidy_payment where request_id = ? and worker_ref = ?",
                BigDecimal.class, requestId, workerRef);
    }

    public BigDecimal paid(long requestId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from subsidy_payment where request_id = ?", BigDecimal.class,
                requestId);
    }

    /**
     * Records what is to be recovered, once per request, hire (or the whole request) and ground, with the payments it
     * covers (the request's payments so far): null when that clawback was recorded already, otherwise its id. The
     * caller holds the request's row locked, so a repeat arriving at the same moment waits and finds it recorded;
     * uq_subsidy_clawback_once holds it whatever writes the table.
     */
    public Long clawBack(long requestId, String workerRef, String ground, BigDecimal amount, String detail, String by, Instant at) {
        String recovers = workerRef == null ? "" : workerRef;
        Long through = jdbc.queryForObject("select max(id) from subsidy_payment where request_id = ?", Long.class, requestId);
        int inserted = jdbc.update("insert into subsidy_clawback (request_id, worker_ref, recovers, ground, amount, detail, status, "
                + "recorded_by, recorded_at, payments_through) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) one where not exists "
                + "(select 1 from subsidy_clawback where request_id = ? and recovers = ? and ground = ?)", requestId, workerRef,
                recovers, ground, amount, detail, amount.signum() > 0 ? "TO_RECOVER" : "NOTHING_MORE", by, Timestamp.from(at), through,
                requestId, recovers, ground);
        if (inserted == 0) {
            return null;
        }
        return jdbc.queryForObject("select id from subsidy_clawback where request_id = ? and recovers = ? and ground = ?", Long.class,
                requestId, recovers, ground);
    }

    /**
     * What a new clawback of this hire ({@code workerRef}) or, with null, of the whole request recovers: the payments
     * in its scope that no earlier clawback covering them recovered (one of the same hire, or a displacement of the
     * whole request), that is, those paid after the latest such clawback. The same dollars are a debt once (2 CFR
     * 200.346: what was paid beyond the employer's entitlement is owed back, once), however many grounds reveal it.
     */
    public BigDecimal unrecovered(long requestId, String workerRef) {
        String covered = "coalesce((select max(c.payments_through) from subsidy_clawback c where c.request_id = p.request_id "
                + "and c.recovers in (p.worker_ref, '') and c.status <> 'RECORDED_TWICE' and c.payments_through is not null), 0)";
        return workerRef == null
                ? jdbc.queryForObject("select coalesce(sum(p.amount), 0) from subsidy_payment p where p.request_id = ? and p.id > "
                        + covered, BigDecimal.class, requestId)
                : jdbc.queryForObject("select coalesce(sum(p.amount), 0) from subsidy_payment p where p.request_id = ? "
                        + "and p.worker_ref = ? and p.id > " + covered, BigDecimal.class, requestId, workerRef);
    }

    public List<Clawback> clawbacks(long requestId) {
        return jdbc.query("select id, worker_ref, ground, amount, detail, status, recorded_at from subsidy_clawback where request_id = ? "
                + "order by id", (rs, n) -> new Clawback(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), requestId);
    }
}
