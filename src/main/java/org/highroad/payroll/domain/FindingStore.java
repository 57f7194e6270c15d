package org.highroad.payroll.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.highroad.payroll.FindingView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Payroll findings in the database. Each finding has a fingerprint of what it is about (the submission, kind, worker
 * row and day; or the week of a late report; or the share line), unique in the table, so a re-check records nothing
 * twice. Written with JDBC batches: a payroll can produce a finding per row.
 */
@Component
public class FindingStore {

    private static final String COLUMNS = "id, kind, status, contract_id, vendor_id, week_ending, submission_id, entry_number, "
            + "worker_ref, classification, work_date, category, trade, level, amount_owed, hours_short, detail, rule_cited, found_at";
    private static final String INSERT = "insert into payroll_finding (fingerprint, kind, status, contract_id, vendor_id, "
            + "week_ending, submission_id, entry_number, worker_ref, classification, work_date, category, trade, level, "
            + "amount_owed, hours_short, detail, rule_cited, found_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** Awaiting the auditor's review. */
    public static final String OPEN = "OPEN";
    /** Confirmed on review and not cured yet. */
    public static final String CONFIRMED = "CONFIRMED";
    /** Dismissed on review. */
    public static final String DISMISSED = "DISMISSED";
    /** Confirmed, then cured: the case holding it closed resolved. */
    public static final String RESOLVED = "RESOLVED";
    /** A correction payroll replaced the payroll it was found on. */
    public static final String SUPERSEDED = "SUPERSEDED";

    private final JdbcTemplate jdbc;

    FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprints already recorded for a contract's week (all contractors). */
    public Set<String> fingerprints(long contractId, LocalDate weekEnding) {
        return new HashSet<>(jdbc.queryForList("select fingerprint from payroll_finding where contract_id = ? and week_ending = ?",
                String.class, contractId, Date.valueOf(weekEnding)));
    }

    /** Inserts the findings whose fingerprint is not in {@code known} (which it updates); returns the new ids. */
    public List<Long> insertNew(List<FindingView> findings, List<String> prints, Set<String> known) {
        List<Object[]> batch = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (known.add(prints.get(i))) {
                FindingView f = findings.get(i);
                batch.add(new Object[] {prints.get(i), f.kind(), OPEN, f.contractId(), f.vendorId(), Date.valueOf(f.weekEnding()),
                        f.submissionId(), f.entryNumber(), f.workerRef(), f.classification(),
                        f.workDate() == null ? null : Date.valueOf(f.workDate()), f.category(), f.trade(), f.level(),
                        f.amountOwed(), f.hoursShort(), cut(f.detail(), 2000), cut(f.ruleCited(), 1000), Timestamp.from(f.foundAt())});
                inserted.add(prints.get(i));
            }
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        jdbc.batchUpdate(INSERT, batch);
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < inserted.size(); from += 500) {
            List<String> part = inserted.subList(from, Math.min(inserted.size(), from + 500));
            ids.addAll(jdbc.queryForList("select id from payroll_finding where fingerprint in ("
                    + String.join(",", part.stream().map(p -> "?").toList()) + ") order by id", Long.class, part.toArray()));
        }
        return ids;
    }

    /** Whether a finding with this status is still open: awaiting review, or confirmed and not cured. */
    public static boolean stillOpen(String status) {
        return OPEN.equals(status) || CONFIRMED.equals(status);
    }

    /** Moves the findings with these ids that have status {@code from} to status {@code to}; returns how many moved. */
    public int changeStatus(java.util.Collection<Long> ids, String from, String to) {
        int changed = 0;
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += 500) {
            List<Long> part = all.subList(start, Math.min(all.size(), start + 500));
            List<Object> args = new ArrayList<>(List.of(to, from));
            args.addAll(part);
            changed += jdbc.update("update payroll_finding set status = ? where status = ? and id in ("
                    + String.join(",", part.stream().map(p -> "?").toList()) + ")", args.toArray());
        }
        return changed;
    }

    /**
     * Findings of a superseded submission that are still open (awaiting review, or confirmed and not cured) are
     * superseded with it; returns their ids. Only the payroll checks' own findings: an investigation's or a site visit's
     * finding names the payroll it looked at, but a correction's checks cannot find again what a worker or an auditor
     * established, so it stands.
     */
    public List<Long> supersede(long submissionId) {
        String which = " where submission_id = ? and status in ('OPEN', 'CONFIRMED') and kind not in (" + NOT_FROM_CHECKS + ")";
        List<Long> ids = jdbc.queryForList("select id from payroll_finding" + which + " order by id", Long.class, submissionId);
        jdbc.update("update payroll_finding set status = 'SUPERSEDED'" + which, submissionId);
        return ids;
    }

    /** Kinds recorded by investigations (payroll.WorkerClaims), not by the checks of a payroll. */
    private static final String NOT_FROM_CHECKS = "'INVESTIGATION_DISCREPANCY', 'SITE_VISIT_VIOLATION'";

    public List<FindingView> ofContract(long contractId) {
        return jdbc.query("select " + COLUMNS + " from payroll_finding where contract_id = ? order by week_ending, id",
                (rs, n) -> view(rs), contractId);
    }

    public List<FindingView> ofSubmission(long submissionId) {
        return jdbc.query("select " + COLUMNS + " from payroll_finding where submission_id = ? order by id",
                (rs, n) -> view(rs), submissionId);
    }

    /** A submission's findings about worker rows with entry numbers in a range. */
    public List<FindingView> ofSubmissionEntries(long submissionId, int fromEntry, int toEntry) {
        return jdbc.query("select " + COLUMNS + " from payroll_finding where submission_id = ? and entry_number between ? and ? "
                + "order by id", (rs, n) -> view(rs), submissionId, fromEntry, toEntry);
    }

    /**
     * Findings that owe a worker (by the payroll's worker reference) money for a contractor's week and stand: not
     * dismissed on review, not superseded by a correction payroll.
     */
    public List<FindingView> owedToWorker(long contractId, long vendorId, LocalDate weekEnding, String workerRef) {
        return jdbc.query("select " + COLUMNS + " from payroll_finding where contract_id = ? and vendor_id = ? and week_ending = ? "
                + "and worker_ref = ? and amount_owed > 0 and status not in ('" + DISMISSED + "', '" + SUPERSEDED + "') order by id",
                (rs, n) -> view(rs), contractId, vendorId, Date.valueOf(weekEnding), workerRef);
    }

    /** The findings with these ids, in id order. */
    public List<FindingView> byIds(java.util.Collection<Long> ids) {
        List<FindingView> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            out.addAll(jdbc.query("select " + COLUMNS + " from payroll_finding where id in ("
                    + String.join(",", part.stream().map(p -> "?").toList()) + ") order by id", (rs, n) -> view(rs), part.toArray()));
        }
        return out;
    }

    public static String fingerprint(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FindingView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date day = rs.getDate("work_date");
        return new FindingView(rs.getLong("id"), rs.getString("kind"), rs.getString("status"), rs.getLong("contract_id"),
                rs.getLong("vendor_id"), rs.getDate("week_ending").toLocalDate(), (Long) rs.getObject("submission_id", Long.class),
                (Integer) rs.getObject("entry_number", Integer.class), rs.getString("worker_ref"), rs.getString("classification"),
                day == null ? null : day.toLocalDate(), rs.getString("category"), rs.getString("trade"), rs.getString("level"),
                rs.getBigDecimal("amount_owed"), rs.getBigDecimal("hours_short"), rs.getString("detail"),
                rs.getString("rule_cited"), rs.getTimestamp("found_at").toInstant());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
