package org.highroad.payroll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.springframework.data.domain.Sort;
import org.highroad.platform.validation.MalformedRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-row results of a checked payroll, a page at a time, and the findings of a contract. */
@Service
public class PayrollResults {

    static final int MAX_PAGE = 1000;
    private static final String ROWS = "select r.position, r.entry_number, r.last_name, r.first_name, r.worker_ref, "
            + "r.classification, r.level, r.straight_rate, r.fringe_credit_per_hour, r.cash_in_lieu_per_hour, "
            + "r.gross_this_project, (select coalesce(sum(d.straight_hours + d.overtime_hours), 0) from payroll_row_day d "
            + "where d.submission_id = r.submission_id and d.position = r.position) hours, t.base, t.overtime, t.fringe, t.total "
            + "from payroll_row r left join payroll_restitution t on t.submission_id = r.submission_id "
            + "and t.entry_number = r.entry_number and t.classification = r.classification "
            + "where r.submission_id = ? and r.position > ? and r.position <= ? order by r.position";

    private final PayrollSubmissions submissions;
    private final FindingStore findings;
    private final org.highroad.contracts.Contracts contracts;
    private final JdbcTemplate jdbc;

    PayrollResults(PayrollSubmissions submissions, FindingStore findings, org.highroad.contracts.Contracts contracts,
            JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.findings = findings;
        this.contracts = contracts;
        this.jdbc = jdbc;
    }

    /** Rows {@code offset+1 .. offset+limit} in file order with their findings and restitution: workers by name and pay (ADR 0032). */
    @Transactional(readOnly = true)
    public List<RowResult> rows(long submissionId, int offset, int limit, HighroadUser caller) {
        WorkerPayReaders.require(caller);
        submissions.visible(submissionId, caller);
        if (offset < 0) {
            throw new MalformedRequestException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new MalformedRequestException("limit", "must be between 1 and " + MAX_PAGE);
        }
        Map<String, List<RowResult.Flag>> flags = new HashMap<>();
        List<RowResult> page = new ArrayList<>();
        List<Object[]> raw = jdbc.query(ROWS, (rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
                rs.getBigDecimal(15), rs.getBigDecimal(16)}, submissionId, offset, (long) offset + limit);
        if (!raw.isEmpty()) {
            int first = (int) raw.get(0)[1];
            int last = raw.stream().mapToInt(r -> (int) r[1]).max().orElse(first);
            int low = raw.stream().mapToInt(r -> (int) r[1]).min().orElse(first);
            for (FindingView f : findings.ofSubmissionEntries(submissionId, low, last)) {
                flags.computeIfAbsent(f.entryNumber() + "\u001f" + f.classification(), k -> new ArrayList<>())
                        .add(new RowResult.Flag(f.id(), f.kind(), f.workDate(), f.amountOwed(), f.detail(), f.ruleCited()));
            }
        }
        for (Object[] r : raw) {
            List<RowResult.Flag> rowFlags = flags.getOrDefault(r[1] + "\u001f" + r[5], List.of());
            RowResult.Owed owed = r[15] == null ? null : new RowResult.Owed((java.math.BigDecimal) r[12],
                    (java.math.BigDecimal) r[13], (java.math.BigDecimal) r[14], (java.math.BigDecimal) r[15]);
            page.add(new RowResult((int) r[0], (int) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (java.math.BigDecimal) r[11], (java.math.BigDecimal) r[7], (java.math.BigDecimal) r[8],
                    (java.math.BigDecimal) r[9], (java.math.BigDecimal) r[10], rowFlags.isEmpty() ? "OK" : "FLAGGED",
                    rowFlags, owed));
        }
        return page;
    }

    /** Findings by id, for the enforcement module (no caller check: it decides who sees its cases). */
    @Transactional(readOnly = true)
    public List<FindingView> findingsByIds(java.util.Collection<Long> ids) {
        return findings.byIds(ids);
    }

    /**
     * What the latest payroll of each finding's week shows of these confirmed findings, those found on an earlier payroll
     * of the week that a later one was checked against (ADR 0030); for the enforcement module, which decides who sees
     * its cases.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, FindingRecheck> rechecksOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, java.math.BigDecimal> confirmed = new java.util.HashMap<>();
        java.util.Map<Long, FindingStore.Recheck> rechecks = findings.rechecks(ids);
        if (!rechecks.isEmpty()) {
            findings.byIds(rechecks.keySet()).forEach(f -> {
                if (f.amountOwed() != null) {
                    confirmed.put(f.id(), f.amountOwed());
                }
            });
        }
        java.util.Map<Long, FindingRecheck> out = new java.util.HashMap<>();
        rechecks.forEach((id, r) -> {
            java.math.BigDecimal was = confirmed.get(id);
            java.math.BigDecimal now = r.stillFound() ? r.amountNow() : null;
            out.put(id, new FindingRecheck(id, r.submissionId(), r.stillFound(), now,
                    was == null || now == null ? null : now.subtract(was).setScale(2, java.math.RoundingMode.HALF_UP)));
        });
        return out;
    }

    /** Whether the contractor's certified payroll for the week is in (accepted) on the contract. */
    @Transactional(readOnly = true)
    public boolean hasAcceptedPayroll(long contractId, long vendorId, java.time.LocalDate weekEnding) {
        Integer n = jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ? and vendor_id = ? "
                + "and week_ending = ? and status = 'ACCEPTED'", Integer.class, contractId, vendorId, weekEnding);
        return n != null && n > 0;
    }

    /**
     * Whether the contractor's certified payroll (or its no-work statement) for the week was on file at {@code at}: one
     * submitted by then that was accepted, whether it is still in force or a correction has replaced it since.
     */
    @Transactional(readOnly = true)
    public boolean hadPayrollOnFile(long contractId, long vendorId, java.time.LocalDate weekEnding, java.time.Instant at) {
        Integer n = jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ? and vendor_id = ? "
                + "and week_ending = ? and status in ('ACCEPTED', 'SUPERSEDED') and submitted_at <= ?", Integer.class,
                contractId, vendorId, weekEnding, java.sql.Timestamp.from(at));
        return n != null && n > 0;
    }

    /** Whether an accepted payroll is this contractor's on this contract (a correction payroll named in a case). */
    @Transactional(readOnly = true)
    public boolean isSubmissionOf(long submissionId, long contractId, long vendorId) {
        Integer n = jdbc.queryForObject("select count(*) from payroll_submission where id = ? and contract_id = ? "
                + "and vendor_id = ? and status = 'ACCEPTED'", Integer.class, submissionId, contractId, vendorId);
        return n != null && n > 0;
    }

    /**
     * Whether an accepted payroll of this contractor corrects one of these findings: it was filed for the week of one
     * of them, after that finding was found (a payroll of another week, or the flagged payroll itself, corrects
     * nothing). For a late report the late payroll is the correction.
     */
    @Transactional(readOnly = true)
    public boolean correctsAnyOf(long submissionId, long contractId, long vendorId, java.util.Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return false;
        }
        String in = String.join(",", java.util.Collections.nCopies(findingIds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(List.of(submissionId, contractId, vendorId));
        args.addAll(findingIds);
        Integer n = jdbc.queryForObject("select count(*) from payroll_submission s where s.id = ? and s.contract_id = ? "
                + "and s.vendor_id = ? and s.status = 'ACCEPTED' and exists (select 1 from payroll_finding f where f.id in ("
                + in + ") and f.week_ending = s.week_ending and (f.submission_id is null or f.submission_id <> s.id) "
                + "and f.found_at <= s.submitted_at)", Integer.class, args.toArray());
        return n != null && n > 0;
    }

    /** Every finding on a contract; a contractor sees those about its own payrolls. */
    @Transactional(readOnly = true)
    public PageView<FindingView> findings(long contractId, HighroadUser caller, PageParams asked) {
        var query = asked.query(FINDING_SORTS);
        contracts.get(contractId, caller);
        return findings.pageOfContract(contractId, caller.isAgencyStaff() ? null : caller.vendorId() == null ? -1L
                : caller.mayActFor(caller.vendorId()) ? caller.vendorId() : -1L, query);
    }

    /** How a contract's findings may be sorted (column names): by week, oldest first, by default. */
    public static final SortFields FINDING_SORTS = SortFields.by(Sort.by("week_ending"), "id").allow("weekEnding", "week_ending")
            .allow("kind", "kind").allow("status", "status").allow("amountOwed", "amount_owed").allow("foundAt", "found_at")
            .allow("vendorId", "vendor_id").allow("id");
}
