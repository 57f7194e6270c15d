package org.highroad.payroll.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.highroad.payroll.FindingView;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.paging.PageView;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Payroll findings in the database. Each finding has a fingerprint of what it is about (the submission, kind, worker
 * row and day; or the week of a late report; or the contract's week and share line), unique among the findings that
 * stand ({@code standing_key}, cleared when a finding is superseded), so a re-check records nothing twice and a finding
 * superseded with its payroll can be found again on the correction. Written with JDBC batches: a payroll can produce a
 * finding per row.
 */
@Component
public class FindingStore {

    private static final String COLUMNS = "id, kind, status, contract_id, vendor_id, week_ending, submission_id, entry_number, "
            + "worker_ref, classification, work_date, category, trade, level, amount_owed, hours_short, detail, rule_cited, found_at";
    private static final String INSERT = "insert into payroll_finding (fingerprint, standing_key, kind, status, contract_id, "
            + "vendor_id, week_ending, submission_id, entry_number, worker_ref, classification, work_date, category, trade, level, "
            + "amount_owed, hours_short, detail, rule_cited, found_at, violation_key) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    /** SQLState of a unique violation, on PostgreSQL and H2 alike (SQL standard class 23, integrity constraint). */
    private static final String UNIQUE_VIOLATION = "23505";

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

    /** The fingerprints of the findings that stand (not superseded) for a contract's week (all contractors). */
    public Set<String> fingerprints(long contractId, LocalDate weekEnding) {
        return new HashSet<>(jdbc.queryForList("select standing_key from payroll_finding where contract_id = ? and week_ending = ? "
                + "and standing_key is not null", String.class, contractId, Date.valueOf(weekEnding)));
    }

    /**
     * Inserts the findings whose fingerprint is not in {@code known} (which it updates); returns the new ids. For
     * findings nobody else records at the same moment: a submission's own, checked under its week's lock.
     */
    public List<Long> insertNew(List<FindingView> findings, List<String> prints, Set<String> known) {
        return insertNew(findings, prints, null, known);
    }

    /**
     * Inserts the findings whose fingerprint is not in {@code known} (which it updates), each wage finding with its
     * violation key ({@link #violationKey}; null for other kinds), unique among the findings that are or may be owed:
     * the caller leaves out a violation a confirmed finding holds ({@link #owedViolations}). Returns the new ids.
     */
    public List<Long> insertNew(List<FindingView> findings, List<String> prints, List<String> violationKeys, Set<String> known) {
        List<Object[]> batch = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (known.add(prints.get(i))) {
                batch.add(row(findings.get(i), prints.get(i), violationKeys == null ? null : violationKeys.get(i)));
                inserted.add(prints.get(i));
            }
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        jdbc.batchUpdate(INSERT, batch);
        return standingIds(inserted);
    }

    /**
     * Inserts the findings whose fingerprint is not in {@code known}, each unless another transaction records the same
     * finding meanwhile: a workforce share is the contract's, so the prime's and a subcontractor's payrolls of one week,
     * checked at the same moment under their own weeks' locks, may both find a line short. The unique standing key
     * decides; the loser's insert is undone to a savepoint (PostgreSQL would otherwise abort the whole transaction) and
     * its check goes on. Returns the ids this transaction inserted.
     */
    public List<Long> insertContested(List<FindingView> findings, List<String> prints, Set<String> known) {
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (known.add(prints.get(i)) && insertUnlessStanding(row(findings.get(i), prints.get(i), null))) {
                inserted.add(prints.get(i));
            }
        }
        return inserted.isEmpty() ? List.of() : standingIds(inserted);
    }

    private boolean insertUnlessStanding(Object[] row) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
                connection.releaseSavepoint(before);
                return true;
            } catch (SQLException e) {
                connection.rollback(before);
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false; // recorded by another check meanwhile: it stands once
                }
                throw e;
            }
        }));
    }

    private Object[] row(FindingView f, String print, String violationKey) {
        return new Object[] {print, print, f.kind(), OPEN, f.contractId(), f.vendorId(), Date.valueOf(f.weekEnding()),
                f.submissionId(), f.entryNumber(), f.workerRef(), f.classification(),
                f.workDate() == null ? null : Date.valueOf(f.workDate()), f.category(), f.trade(), f.level(),
                f.amountOwed(), f.hoursShort(), cut(f.detail(), 2000), cut(f.ruleCited(), 1000), Timestamp.from(f.foundAt()),
                violationKey};
    }

    /**
     * What a wage finding is about, whichever payroll of the contractor's week revealed it: the kind, the contractor's
     * week, the worker (the payroll's worker reference), the classification, the day and, in a payroll longer than a
     * week, the work week (null otherwise). Not the payroll nor the row's entry number: a correction payroll that
     * finds the same worker underpaid in the same way on the same day finds the same violation (ADR 0030). The same
     * text V66 gave the findings recorded before it.
     */
    public static String violationKey(String kind, long contractId, long vendorId, LocalDate weekEnding, String workerRef,
            String classification, LocalDate workDate, LocalDate workWeek) {
        return cut(kind + "|" + contractId + "|" + vendorId + "|" + weekEnding + "|" + workerRef + "|"
                + (classification == null ? "" : classification) + "|" + (workDate == null ? "" : workDate) + "|"
                + (workWeek == null ? "" : workWeek), 400);
    }

    /**
     * The wage violations of a contractor's week that a confirmed (or resolved) finding holds, found on a payroll other
     * than {@code submissionId}: a correction's check finds them again without recording them twice. By violation key.
     */
    public java.util.Map<String, Long> owedViolations(long contractId, long vendorId, LocalDate weekEnding, long submissionId) {
        java.util.Map<String, Long> owed = new java.util.HashMap<>();
        jdbc.query("select violation_key, id from payroll_finding where contract_id = ? and vendor_id = ? and week_ending = ? "
                + "and status in ('" + CONFIRMED + "', '" + RESOLVED + "') and violation_key is not null "
                + "and (submission_id is null or submission_id <> ?)", rs -> {
                    owed.put(rs.getString(1), rs.getLong(2));
                }, contractId, vendorId, Date.valueOf(weekEnding), submissionId);
        return owed;
    }

    /**
     * A later accepted payroll of the week ({@code submissionId}) was checked against the confirmed findings found on
     * earlier ones: those in {@code refound} it shows again (with what it owes there now), every other confirmed one
     * of the contractor's week it no longer shows (the worker paid right, or no work certified). Each finding records
     * the latest such payroll for the auditor; the finding, its review and what the ledger owes stay as they are.
     * Returns how many it shows corrected.
     */
    public int recheckConfirmed(long contractId, long vendorId, LocalDate weekEnding, long submissionId,
            java.util.Map<Long, java.math.BigDecimal> refound) {
        for (var e : refound.entrySet()) {
            jdbc.update("update payroll_finding set recheck_submission_id = ?, recheck_found = true, recheck_amount = ? "
                    + "where id = ? and status = '" + CONFIRMED + "'", submissionId, e.getValue(), e.getKey());
        }
        List<Long> corrected = jdbc.queryForList("select id from payroll_finding where contract_id = ? and vendor_id = ? "
                + "and week_ending = ? and status = '" + CONFIRMED + "' and submission_id is not null and submission_id <> ? "
                + "and kind not in ('SHARE_SHORTFALL', 'LATE_REPORT', " + NOT_FROM_CHECKS + ") order by id", Long.class,
                contractId, vendorId, Date.valueOf(weekEnding), submissionId);
        int flagged = 0;
        for (Long id : corrected) {
            if (!refound.containsKey(id)) {
                flagged += jdbc.update("update payroll_finding set recheck_submission_id = ?, recheck_found = false, "
                        + "recheck_amount = null where id = ?", submissionId, id);
            }
        }
        return flagged;
    }

    /** What the latest payroll of its week shows of a confirmed finding found on an earlier one (ADR 0030). */
    public record Recheck(long findingId, long submissionId, boolean stillFound, java.math.BigDecimal amountNow) {
    }

    /** The rechecks of these findings, those that have one. */
    public java.util.Map<Long, Recheck> rechecks(java.util.Collection<Long> ids) {
        java.util.Map<Long, Recheck> out = new java.util.HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.query("select id, recheck_submission_id, recheck_found, recheck_amount from payroll_finding where id in ("
                    + String.join(",", part.stream().map(p -> "?").toList()) + ") and recheck_submission_id is not null",
                    rs -> {
                        out.put(rs.getLong(1), new Recheck(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBigDecimal(4)));
                    }, part.toArray());
        }
        return out;
    }

    /** The ids of the standing findings with these fingerprints, in id order. */
    private List<Long> standingIds(List<String> prints) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < prints.size(); from += 500) {
            List<String> part = prints.subList(from, Math.min(prints.size(), from + 500));
            ids.addAll(jdbc.queryForList("select id from payroll_finding where standing_key in ("
                    + String.join(",", part.stream().map(p -> "?").toList()) + ") order by id", Long.class, part.toArray()));
        }
        ids.sort(null);
        return ids;
    }

    /** The id of the standing finding with this fingerprint, if one stands. */
    public java.util.Optional<Long> standing(String print) {
        return jdbc.queryForList("select id from payroll_finding where standing_key = ?", Long.class, print).stream().findFirst();
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
            // a dismissed finding is owed nothing: its violation, found again, is a new finding to review
            changed += jdbc.update("update payroll_finding set status = ?" + (DISMISSED.equals(to) ? ", violation_key = null" : "")
                    + " where status = ? and id in ("
                    + String.join(",", part.stream().map(p -> "?").toList()) + ")", args.toArray());
        }
        return changed;
    }

    /**
     * Findings of a superseded submission still awaiting review are superseded with it; returns their ids. A finding an
     * auditor confirmed stands (ADR 0030): a certified correction is no proof of payment, so it leaves only by the
     * auditor's decision or a verified payment, and the correction's check matches what it finds again to it. Only the payroll checks' own findings: an investigation's or a site visit's
     * finding names the payroll it looked at, but a correction's checks cannot find again what a worker or an auditor
     * established, so it stands (an investigation's comparison is restated against the correction instead:
     * {@code WorkerClaims.restate}). The rows are locked first, so the ids returned are exactly those superseded.
     */
    public List<Long> supersede(long submissionId) {
        List<Long> ids = jdbc.queryForList("select id from payroll_finding where submission_id = ? and status = 'OPEN' "
                + "and kind not in (" + NOT_FROM_CHECKS + ") order by id for update", Long.class, submissionId);
        return supersede(ids);
    }

    /** Supersedes the findings with these ids that are still open; returns those it superseded. */
    public List<Long> supersede(java.util.Collection<Long> findingIds) {
        List<Long> done = new ArrayList<>();
        for (Long id : findingIds) {
            if (jdbc.update("update payroll_finding set status = '" + SUPERSEDED + "', standing_key = null, violation_key = null where id = ? "
                    + "and status in ('" + OPEN + "', '" + CONFIRMED + "')", id) == 1) {
                done.add(id);
            }
        }
        return done;
    }

    /**
     * Supersedes the contract's share shortfalls for the week still awaiting review whose fingerprint (their line) is
     * not among {@code stillShort}; returns their ids by the payroll they were found on. A confirmed one stands (ADR
     * 0030) and is rechecked instead ({@link #recheckShares}).
     */
    public java.util.Map<Long, List<Long>> supersedeSharesNotIn(long contractId, LocalDate weekEnding, Set<String> stillShort) {
        java.util.Map<Long, List<Long>> gone = new java.util.TreeMap<>();
        jdbc.query("select id, standing_key, submission_id from payroll_finding where contract_id = ? and week_ending = ? "
                + "and kind = 'SHARE_SHORTFALL' and status = '" + OPEN + "' order by id for update", rs -> {
                    if (!stillShort.contains(rs.getString(2))) {
                        gone.computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }, contractId, Date.valueOf(weekEnding));
        gone.replaceAll((submission, ids) -> supersede(ids));
        gone.values().removeIf(List::isEmpty);
        return gone;
    }

    /**
     * The contract's confirmed share shortfalls of the week, rechecked with payroll {@code submissionId} in: each still
     * short or not ({@code stillShort} holds the lines short now). The finding stands either way (ADR 0030).
     */
    public void recheckShares(long contractId, LocalDate weekEnding, long submissionId, Set<String> stillShort) {
        java.util.Map<Long, String> confirmed = new java.util.TreeMap<>();
        jdbc.query("select id, standing_key from payroll_finding where contract_id = ? and week_ending = ? "
                + "and kind = 'SHARE_SHORTFALL' and status = '" + CONFIRMED + "' order by id", rs -> {
                    confirmed.put(rs.getLong(1), rs.getString(2));
                }, contractId, Date.valueOf(weekEnding));
        confirmed.forEach((id, line) -> jdbc.update("update payroll_finding set recheck_submission_id = ?, recheck_found = ?, "
                + "recheck_amount = null where id = ?", submissionId, stillShort.contains(line), id));
    }

    /**
     * Locks the rows of these findings until the transaction ends. Whoever changes a finding and then its compliance
     * case locks the finding first (a correction superseding it, an auditor reviewing it), so the two never wait for
     * each other in opposite order.
     */
    public void lock(java.util.Collection<Long> findingIds) {
        List<Long> all = new ArrayList<>(findingIds);
        all.sort(null);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.queryForList("select id from payroll_finding where id in (" + String.join(",", part.stream().map(p -> "?").toList())
                    + ") order by id for update", Long.class, part.toArray());
        }
    }

    /** Kinds recorded by investigations (payroll.WorkerClaims), not by the checks of a payroll. */
    private static final String NOT_FROM_CHECKS = "'INVESTIGATION_DISCREPANCY', 'SITE_VISIT_VIOLATION'";

    public List<FindingView> ofContract(long contractId) {
        return jdbc.query("select " + COLUMNS + " from payroll_finding where contract_id = ? order by week_ending, id",
                (rs, n) -> view(rs), contractId);
    }

    /**
     * One page of a contract's findings, a contractor's own only when {@code vendorId} is given, in the order asked
     * (its properties are column names from the list's whitelist, never the caller's text), with their count.
     */
    public PageView<FindingView> pageOfContract(long contractId, Long vendorId, PageQuery query) {
        String where = " from payroll_finding where contract_id = ?" + (vendorId == null ? "" : " and vendor_id = ?");
        Object[] args = vendorId == null ? new Object[] {contractId} : new Object[] {contractId, vendorId};
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args);
        StringBuilder order = new StringBuilder();
        query.sort().forEach(o -> order.append(order.isEmpty() ? " order by " : ", ").append(o.getProperty())
                .append(o.isAscending() ? " asc" : " desc")
                .append(o.getNullHandling() == org.springframework.data.domain.Sort.NullHandling.NULLS_LAST ? " nulls last" : ""));
        List<FindingView> rows = jdbc.query("select " + COLUMNS + where + order + " limit " + query.size() + " offset "
                + (long) query.page() * query.size(), (rs, n) -> view(rs), args);
        long count = total == null ? 0 : total;
        return new PageView<>(rows, query.page(), query.size(), count, (int) ((count + query.size() - 1) / query.size()));
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
