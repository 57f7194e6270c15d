package org.highroad.payroll;


import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.utilization.HoursWorked;
import org.highroad.payroll.utilization.Level;
import org.highroad.payroll.utilization.Residence;
import org.highroad.payroll.utilization.Utilization;
import org.highroad.payroll.utilization.UtilizationCalculator;
import org.highroad.payroll.utilization.WorkerProfile;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.MalformedRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cumulative workforce shares of a contract to a day, from every accepted (not superseded) payroll of the prime and
 * its subcontractors: hours per worker, trade and day summed in the database, worker profiles from the extension
 * columns (the residence history, the latest self-identified race/ethnicity and gender). A worker is the payroll's
 * worker reference within its employer, so two contractors' workers never merge.
 *
 * <p>Self-identification is mapped as local programs count it (domain reference 1.6 and 1.8): race/ethnicity
 * "White" alone (also "White, not Hispanic or Latino") is not a person of color, any other reported answer is, and a
 * blank or a declined answer is unreported; gender "Female", "F", "Woman" or "W" counts toward women, another reported
 * answer does not, blank or declined is unreported.
 */
@Service
public class PayrollUtilization {

    // one row per worker row and day, in worker order, so that a worker's profile and hours are complete when the next
    // worker begins; payrolls ending after asOf may hold days up to asOf (see compute)
    private static final String ROWS = "select s.vendor_id, r.worker_ref, r.classification, r.level, r.resident, "
            + "r.address_effective_from, r.race_ethnicity, r.gender, s.week_ending, d.work_date, "
            + "d.straight_hours + d.overtime_hours from payroll_submission s join payroll_row r on r.submission_id = s.id "
            + "left join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
            + "where s.contract_id = ? and s.status = 'ACCEPTED' and s.week_ending <= ? ";
    private static final String IN_WORKER_ORDER = "order by s.vendor_id, r.worker_ref, s.week_ending, s.id, r.position";

    // The same shares read in two passes, neither asking for the contract's hours in worker order. First the answers
    // the contract's workers reported (in the order the payrolls were reported, latest last; rows that answer nothing
    // left out), kept per worker: a worker's later answer counts for all its hours. Then its hours summed in the
    // database per worker, trade, level and day (what the calculator tallies), in any order, each counted with its
    // worker's answers. {vendor} is replaced by the contractor's condition, or by nothing.
    static final String ANSWERS = "select s.vendor_id, r.worker_ref, r.resident, r.address_effective_from, r.race_ethnicity, "
            + "r.gender, s.week_ending from payroll_submission s join payroll_row r on r.submission_id = s.id "
            + "where s.contract_id = ? and s.status = 'ACCEPTED' and s.week_ending <= ? {vendor}"
            + "and (r.resident is not null or r.race_ethnicity is not null or r.gender is not null) "
            + "order by s.week_ending, s.id, r.position";
    static final String HOURS = "select s.vendor_id, r.worker_ref, r.classification, r.level, d.work_date, "
            + "sum(d.straight_hours + d.overtime_hours) from payroll_submission s join payroll_row r on r.submission_id = s.id "
            + "join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
            + "where s.contract_id = ? and s.status = 'ACCEPTED' and s.week_ending <= ? {vendor}and d.work_date <= ? "
            + "group by s.vendor_id, r.worker_ref, r.classification, r.level, d.work_date";

    // A payroll's hours per worker, trade and level with its first and last day worked (payroll_worker_hours, V70),
    // written with the payroll's rows when it is accepted (PayrollAcceptance); a payroll's rows never change after.
    // The payroll is named through a sub-select (WorkerRows.THIS_PAYROLL) so that the plan is an average payroll's.
    static final String TALLY = "insert into payroll_worker_hours (submission_id, worker_ref, classification, level, "
            + "first_day, last_day, hours) select r.submission_id, r.worker_ref, r.classification, r.level, min(d.work_date), "
            + "max(d.work_date), sum(d.straight_hours + d.overtime_hours) from payroll_row r join payroll_row_day d "
            + "on d.submission_id = r.submission_id and d.position = r.position where r.submission_id = "
            + WorkerRows.THIS_PAYROLL + " group by r.submission_id, r.worker_ref, r.classification, r.level";
    // The contract's hours from those tallies: one row per accepted payroll, worker, trade and level.
    static final String TALLIED_HOURS = "select s.vendor_id, h.worker_ref, h.classification, h.level, h.first_day, "
            + "h.last_day, h.hours, s.id from payroll_submission s join payroll_worker_hours h on h.submission_id = s.id "
            + "where s.contract_id = ? and s.status = 'ACCEPTED' and s.week_ending <= ? {vendor}and h.first_day <= ?";
    // One payroll's hours day by day, to a day: for the workers whose tally cannot be counted whole (see compute).
    static final String DAYS_OF_PAYROLL = "select r.worker_ref, r.classification, r.level, d.work_date, "
            + "sum(d.straight_hours + d.overtime_hours) from payroll_row r join payroll_row_day d "
            + "on d.submission_id = r.submission_id and d.position = r.position where r.submission_id = "
            + WorkerRows.THIS_PAYROLL + " and d.work_date <= ? group by r.worker_ref, r.classification, r.level, d.work_date";

    private final Contracts contracts;
    private final JdbcTemplate streaming;
    private final UtilizationCalculator calculator = new UtilizationCalculator();

    private final java.time.Clock clock;

    PayrollUtilization(Contracts contracts, javax.sql.DataSource dataSource, java.time.Clock clock) {
        this.contracts = contracts;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.clock = clock;
    }

    /**
     * For anyone who may see the contract, to today when {@code asOf} is null: agency staff and the prime the whole
     * contract's shares (the prime answers for the contract's commitments); a subcontractor the shares of its own
     * workforce against the commitments it inherits, never the prime's or another subcontractor's hours by residence,
     * race or gender.
     */
    @Transactional(readOnly = true)
    public Utilization forCaller(long contractId, LocalDate asOf, HighroadUser caller) {
        contracts.get(contractId, caller);
        // a day written with a four-digit year (ISO 8601's calendar date), so that the payrolls up to a reporting period
        // after it (compute) are still days of the calendar and of the database
        if (asOf != null && (asOf.getYear() < 1 || asOf.getYear() > 9999)) {
            throw new MalformedRequestException("asOf", "give a day from 0001-01-01 to 9999-12-31 (YYYY-MM-DD), got " + asOf);
        }
        return compute(contractId, asOf == null ? LocalDate.now(clock) : asOf, workforceSeenBy(contractId, caller));
    }

    /** The contractor whose workforce the caller may measure: null for the whole contract (agency staff, the prime). */
    Long workforceSeenBy(long contractId, HighroadUser caller) {
        return caller.isAgencyStaff() || caller.mayActFor(contracts.primeVendorOf(contractId)) ? null : caller.vendorId();
    }

    /** The whole contract's shares (prime and subcontractors): what its commitments are measured on. */
    @Transactional(readOnly = true)
    public Utilization compute(long contractId, LocalDate asOf) {
        return compute(contractId, asOf, null);
    }

    /**
     * The shares of the contract's accepted payrolls (of one contractor, when {@code vendorId} is set): the workers'
     * answers first ({@link #ANSWERS}), then their hours, each folded into the calculator's tallies as it comes through
     * the cursor (fetch size). The hours are read from each payroll's tally per worker, trade and level
     * ({@link #TALLIED_HOURS}), counted whole as on its first day when every day from the first to the last counts
     * alike: all of them on or before {@code asOf}, and no residence of the worker taking effect after the first day
     * and on or before the last (a move in mid-week splits the week, domain reference 1.1). The others are read day by
     * day from their payroll ({@link #DAYS_OF_PAYROLL}). The calculator's sums are exact and their order does not
     * matter, so these are the same shares as {@link #recompute}, which reads every row and day in worker order.
     * Memory holds each worker's answers, never the hours.
     */
    @Transactional(readOnly = true)
    public Utilization compute(long contractId, LocalDate asOf, Long vendorId) {
        return compute(contractId, asOf, vendorId, contracts.ruleBook(contractId));
    }

    /**
     * The whole contract's shares for a payroll's check, with the contract's rule book the check read already (its
     * workforce commitments and reporting terms; the check holds the week's lock in one transaction).
     */
    @Transactional(readOnly = true)
    Utilization forCheck(long contractId, LocalDate asOf, ContractRuleBook rules) {
        return compute(contractId, asOf, null, rules);
    }

    private Utilization compute(long contractId, LocalDate asOf, Long vendorId, ContractRuleBook rules) {
        UtilizationCalculator.Accumulator shares = calculator.start(rules.workforceRules(asOf), asOf);
        LocalDate lastEnd = lastPayrollEnd(rules, asOf);
        String vendor = vendorId == null ? "" : "and s.vendor_id = ? ";
        // memory holds the contract's workers' answers (a few per worker), never its hours
        Map<String, Worker> workers = new java.util.HashMap<>();
        // each contractor's part of a worker's key, written once (the same text as worker(vendor, ref))
        Map<Long, String> keyOf = new java.util.HashMap<>();
        streaming.query(ANSWERS.replace("{vendor}", vendor), rs -> {
            String ref = keyOf.computeIfAbsent(rs.getLong(1), v -> worker(v, "")) + rs.getString(2);
            workers.computeIfAbsent(ref, Worker::new).answered((Boolean) rs.getObject(3, Boolean.class), rs.getDate(4),
                    rs.getDate(7), rs.getString(5), rs.getString(6));
        }, args(contractId, lastEnd, vendorId));
        Map<String, WorkerProfile> profiles = new java.util.HashMap<>();
        Object[] hoursArgs = java.util.Arrays.copyOf(args(contractId, lastEnd, vendorId), vendorId == null ? 3 : 4);
        hoursArgs[hoursArgs.length - 1] = Date.valueOf(asOf);
        // per payroll (id and contractor), the workers' tallies to be read day by day
        Map<Long, Map.Entry<Long, java.util.Set<List<String>>>> dayByDay = new TreeMap<>();
        streaming.query(TALLIED_HOURS.replace("{vendor}", vendor), rs -> {
            long vendorOf = rs.getLong(1);
            String ref = keyOf.computeIfAbsent(vendorOf, v -> worker(v, "")) + rs.getString(2);
            WorkerProfile profile = profiles.computeIfAbsent(ref, k -> workers.computeIfAbsent(k, Worker::new).profile());
            LocalDate first = rs.getDate(5).toLocalDate();
            LocalDate last = rs.getDate(6).toLocalDate();
            if (!last.isAfter(asOf) && sameResidence(profile, first, last)) {
                shares.add(new HoursWorked(ref, rs.getString(3), Level.valueOf(rs.getString(4)), first, rs.getBigDecimal(7)),
                        profile);
            } else {
                dayByDay.computeIfAbsent(rs.getLong(8), id -> Map.entry(vendorOf, new java.util.HashSet<>()))
                        .getValue().add(List.of(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }, hoursArgs);
        dayByDay.forEach((submissionId, those) -> streaming.query(DAYS_OF_PAYROLL, rs -> {
            if (those.getValue().contains(List.of(rs.getString(1), rs.getString(2), rs.getString(3)))) {
                String ref = worker(those.getKey(), rs.getString(1));
                shares.add(new HoursWorked(ref, rs.getString(2), Level.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(),
                        rs.getBigDecimal(5)), profiles.get(ref));
            }
        }, submissionId, Date.valueOf(asOf)));
        return shares.finish();
    }

    /** Whether every day from {@code first} to {@code last} has the same residence in force (or none). */
    private static boolean sameResidence(WorkerProfile profile, LocalDate first, LocalDate last) {
        for (Residence r : profile.residences()) {
            if (r.effectiveFrom().isAfter(first) && !r.effectiveFrom().isAfter(last)) {
                return false;
            }
        }
        return true;
    }

    private static Object[] args(long contractId, LocalDate lastEnd, Long vendorId) {
        return vendorId == null ? new Object[] {contractId, Date.valueOf(lastEnd)}
                : new Object[] {contractId, Date.valueOf(lastEnd), vendorId};
    }

    /**
     * The shares as {@link #compute(long, LocalDate, Long)} gives them, read the long way: every row and day of every
     * accepted payroll of the contract, one at a time, summed in Java. Kept to check the summed reading against.
     */
    @Transactional(readOnly = true)
    Utilization recompute(long contractId, LocalDate asOf, Long vendorId) {
        return compute(contractId, asOf, vendorId, w -> { });
    }

    /** A payroll ending up to a period's length after {@code asOf} may hold days up to it (six days for a weekly contract). */
    private LocalDate lastPayrollEnd(ContractRuleBook rules, LocalDate asOf) {
        return asOf.plusDays(rules.reporting(asOf).longestPeriodDays() - 1);
    }

    /**
     * The whole contract's shares to {@code asOf} with, per line, how many distinct workers it aggregates (all, and
     * those counted in the group), for publication (the transparency module suppresses lines over too few workers).
     */
    @Transactional(readOnly = true)
    public PublicShareFigures publicFigures(long contractId, LocalDate asOf) {
        List<Worker> workers = new ArrayList<>();
        Utilization shares = compute(contractId, asOf, null, workers::add);
        List<PublicShareFigures.Line> lines = new ArrayList<>();
        for (Utilization.ShareLine l : shares.lines()) {
            int all = 0;
            int inGroup = 0;
            for (Worker w : workers) {
                List<HoursWorked> in = w.hours.stream().filter(h -> (l.trade() == null || l.trade().equals(h.trade()))
                        && (l.level() == null || l.level() == h.level()) && h.hours().signum() > 0).toList();
                if (!in.isEmpty()) {
                    all++;
                    inGroup += in.stream().anyMatch(h -> w.counts(l.category(), h)) ? 1 : 0;
                }
            }
            lines.add(new PublicShareFigures.Line(l.category(), l.trade(), l.level() == null ? null : l.level().name(),
                    l.sharePercent(), l.requiredPercent(), l.totalHours(), l.met(), l.binding(), all, inGroup));
        }
        return new PublicShareFigures(asOf, lines);
    }

    private Utilization compute(long contractId, LocalDate asOf, Long vendorId, java.util.function.Consumer<Worker> each) {
        ContractRuleBook rules = contracts.ruleBook(contractId);
        UtilizationCalculator.Accumulator shares = calculator.start(rules.workforceRules(asOf), asOf);
        LocalDate lastEnd = lastPayrollEnd(rules, asOf);
        Object[] args = vendorId == null ? new Object[] {contractId, Date.valueOf(lastEnd)}
                : new Object[] {contractId, Date.valueOf(lastEnd), vendorId};
        Worker[] current = {null};
        streaming.query(ROWS + (vendorId == null ? "" : "and s.vendor_id = ? ") + IN_WORKER_ORDER, rs -> {
            String ref = worker(rs.getLong(1), rs.getString(2));
            if (current[0] == null || !current[0].ref.equals(ref)) {
                if (current[0] != null) {
                    current[0].feed(shares);
                    each.accept(current[0]);
                }
                current[0] = new Worker(ref);
            }
            Worker w = current[0];
            w.answered((Boolean) rs.getObject(5, Boolean.class), rs.getDate(6), rs.getDate(9), rs.getString(7), rs.getString(8));
            Date day = rs.getDate(10);
            if (day != null && !day.toLocalDate().isAfter(asOf)) {
                w.hours.add(new HoursWorked(ref, rs.getString(3), Level.valueOf(rs.getString(4)), day.toLocalDate(),
                        rs.getBigDecimal(11)));
            }
        }, args);
        if (current[0] != null) {
            current[0].feed(shares);
            each.accept(current[0]);
        }
        return shares.finish();
    }

    private static String worker(long vendorId, String workerRef) {
        return "v" + vendorId + ":" + workerRef;
    }

    static Boolean personOfColor(String raceEthnicity) {
        String v = normalized(raceEthnicity);
        if (v == null) {
            return null;
        }
        return !(v.equals("white") || v.equals("white, not hispanic or latino") || v.equals("white (not hispanic or latino)")
                || v.equals("white non-hispanic"));
    }

    static Boolean woman(String gender) {
        String v = normalized(gender);
        if (v == null) {
            return null;
        }
        return v.equals("female") || v.equals("f") || v.equals("woman") || v.equals("w");
    }

    static String normalized(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        String v = answer.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("decline") || v.startsWith("prefer not") || v.equals("not reported") || v.equals("unknown") ? null : v;
    }

    /** One worker's payroll rows as read: the answers reported (latest last) and the hours per day. */
    private static final class Worker {
        private final String ref;
        private final Map<LocalDate, Boolean> residences = new TreeMap<>();
        private final List<HoursWorked> hours = new ArrayList<>();
        private Boolean personOfColor;
        private Boolean woman;

        Worker(String ref) {
            this.ref = ref;
        }

        /** The answers of one of the worker's rows (on a payroll ending {@code weekEnding}), read after those before it. */
        void answered(Boolean resident, Date from, Date weekEnding, String raceEthnicity, String gender) {
            if (resident != null) {
                // the CSV reader sets the date (the week's Sunday, or the period's first day) when residence is given
                // without one; later payrolls win
                residences.put(from == null ? weekEnding.toLocalDate().minusDays(6) : from.toLocalDate(), resident);
            }
            Boolean poc = personOfColor(raceEthnicity);
            personOfColor = poc == null ? personOfColor : poc;
            Boolean w = woman(gender);
            woman = w == null ? woman : w;
        }

        void feed(UtilizationCalculator.Accumulator shares) {
            WorkerProfile profile = profile();
            hours.forEach(h -> shares.add(h, profile));
        }

        private WorkerProfile profile() {
            return new WorkerProfile(ref, residences.entrySet().stream()
                    .map(e -> new Residence(e.getValue(), e.getKey())).toList(), personOfColor, woman);
        }

        /** Whether these hours count in the category's group, as the calculator counts them. */
        boolean counts(String category, HoursWorked h) {
            return switch (category) {
                case "LOCAL_RESIDENTS" -> profile().residenceOn(h.day()).map(Residence::resident).orElse(false);
                case "PEOPLE_OF_COLOR" -> Boolean.TRUE.equals(personOfColor);
                case "WOMEN" -> Boolean.TRUE.equals(woman);
                case "APPRENTICES" -> h.level() == Level.APPRENTICE;
                default -> false;
            };
        }
    }
}
