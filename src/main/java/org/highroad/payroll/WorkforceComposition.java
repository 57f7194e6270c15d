package org.highroad.payroll;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who worked the hours of a set of contracts: hours and distinct workers per contract (and over all of them) by each
 * race/ethnicity and each gender as the payroll rows record them (self-identified, passed on as written; spellings
 * that differ only in case or spacing are one answer), and by residency on the day worked, from every accepted (not
 * superseded) payroll of the primes and their subcontractors, days up to {@code asOf}. A worker is the payroll's worker
 * reference within its employer, as for the shares ({@link PayrollUtilization}); a worker's answer is the latest
 * reported one, a blank or declined answer is not reported, as the shares count them.
 *
 * <p>No worker reference, name or profile leaves the payroll module: only sums and counts. Counts under five are for
 * the reader to withhold ({@code platform.disclosure.Suppression}); this class withholds nothing.
 */
@Service
public class WorkforceComposition {

    /** The ways the hours are told apart. */
    public enum Dimension { RACE_ETHNICITY, GENDER, RESIDENCY }

    /** Residency on the day worked; {@code null} answer when no residence was reported by then. */
    public static final String RESIDENT = "RESIDENT";
    public static final String NON_RESIDENT = "NON_RESIDENT";

    /**
     * One line: a contract's ({@code contractId} null: all the contracts asked for) hours and distinct workers, of all
     * its workers ({@code total}) or of those with one answer ({@code answer}; null when not reported). A worker whose
     * residence changed counts once under each residency it worked under, so residency lines may count more workers
     * than the total; their hours always sum to it.
     */
    public record Line(Long contractId, Dimension dimension, boolean total, String answer, BigDecimal hours, int workers) {
    }

    public record Figures(LocalDate asOf, List<Line> lines) {
        public Figures {
            lines = List.copyOf(lines);
        }
    }

    // a worker's rows in order, so that the latest answer is read last; days after asOf are left out by the caller
    private static final String ROWS = "select s.contract_id, s.vendor_id, r.worker_ref, r.resident, r.address_effective_from, "
            + "r.race_ethnicity, r.gender, s.week_ending, d.work_date, d.straight_hours + d.overtime_hours "
            + "from payroll_submission s join payroll_row r on r.submission_id = s.id "
            + "left join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
            + "where s.status = 'ACCEPTED' and s.contract_id in (%s) and s.week_ending <= ? "
            + "order by s.contract_id, s.vendor_id, r.worker_ref, s.week_ending, s.id, r.position";

    private final JdbcTemplate jdbc;

    WorkforceComposition(javax.sql.DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    /**
     * The figures of {@code contractIds} to {@code asOf}: for each contract that has hours, and over all of them, per
     * dimension a total line and a line per answer. Payrolls ending up to 92 days after {@code asOf} (a quarter) are
     * read for their days up to it. The caller has checked that whoever asks may see these contracts' figures.
     */
    @Transactional(readOnly = true)
    public Figures of(List<Long> contractIds, LocalDate asOf) {
        if (contractIds.isEmpty()) {
            return new Figures(asOf, List.of());
        }
        Tally all = new Tally(null);
        Map<Long, Tally> byContract = new LinkedHashMap<>();
        Worker[] current = {null};
        List<Object> args = new ArrayList<>(contractIds);
        args.add(Date.valueOf(asOf.plusDays(92)));
        String in = String.join(",", java.util.Collections.nCopies(contractIds.size(), "?"));
        jdbc.query(String.format(ROWS, in), rs -> {
            long contract = rs.getLong(1);
            String ref = "v" + rs.getLong(2) + ":" + rs.getString(3);
            if (current[0] == null || current[0].contract != contract || !current[0].ref.equals(ref)) {
                if (current[0] != null) {
                    current[0].countIn(byContract.computeIfAbsent(current[0].contract, Tally::new), all);
                }
                current[0] = new Worker(contract, ref);
            }
            Worker w = current[0];
            Boolean resident = (Boolean) rs.getObject(4, Boolean.class);
            Date from = rs.getDate(5);
            if (resident != null) {
                // as the shares read it: without a date, from the payroll week's Sunday; later payrolls win
                w.residences.put(from == null ? rs.getDate(8).toLocalDate().minusDays(6) : from.toLocalDate(), resident);
            }
            w.race = answer(rs.getString(6), w.race);
            w.gender = answer(rs.getString(7), w.gender);
            Date day = rs.getDate(9);
            BigDecimal hours = rs.getBigDecimal(10);
            if (day != null && !day.toLocalDate().isAfter(asOf) && hours != null && hours.signum() > 0) {
                w.days.merge(day.toLocalDate(), hours, BigDecimal::add);
            }
        }, args.toArray());
        if (current[0] != null) {
            current[0].countIn(byContract.computeIfAbsent(current[0].contract, Tally::new), all);
        }
        List<Line> lines = new ArrayList<>();
        for (Long id : contractIds) {
            Tally t = byContract.get(id);
            if (t != null && !t.isEmpty()) {
                lines.addAll(t.lines());
            }
        }
        if (!all.isEmpty()) {
            lines.addAll(all.lines());
        }
        return new Figures(asOf, lines);
    }

    /** The answer as recorded (spaces tidied), or {@code earlier} when this row reports none. */
    private static String answer(String recorded, String earlier) {
        if (recorded == null || PayrollUtilization.normalized(recorded) == null) {
            return earlier;
        }
        return recorded.strip().replaceAll("\\s+", " ");
    }

    /** One worker on one contract: answers, residence history, hours per day. */
    private static final class Worker {
        final long contract;
        final String ref;
        final TreeMap<LocalDate, Boolean> residences = new TreeMap<>();
        final TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        String race;
        String gender;

        Worker(long contract, String ref) {
            this.contract = contract;
            this.ref = ref;
        }

        void countIn(Tally contract, Tally all) {
            if (days.isEmpty()) {
                return;
            }
            for (Tally t : List.of(contract, all)) {
                BigDecimal sum = BigDecimal.ZERO;
                Map<String, BigDecimal> residency = new HashMap<>();
                for (Map.Entry<LocalDate, BigDecimal> d : days.entrySet()) {
                    sum = sum.add(d.getValue());
                    Map.Entry<LocalDate, Boolean> r = residences.floorEntry(d.getKey());
                    residency.merge(r == null ? "" : r.getValue() ? RESIDENT : NON_RESIDENT, d.getValue(), BigDecimal::add);
                }
                t.add(Dimension.RACE_ETHNICITY, race, ref, sum);
                t.add(Dimension.GENDER, gender, ref, sum);
                for (Map.Entry<String, BigDecimal> r : residency.entrySet()) {
                    t.add(Dimension.RESIDENCY, r.getKey().isEmpty() ? null : r.getKey(), ref, r.getValue());
                }
            }
        }
    }

    /** Sums of one contract (or of all): per dimension and answer (its key: lower case; null: not reported). */
    private static final class Tally {
        final Long contractId;
        final Map<Dimension, Map<String, Cell>> cells = new LinkedHashMap<>();
        final Map<Dimension, Cell> totals = new LinkedHashMap<>();

        Tally(Long contractId) {
            this.contractId = contractId;
        }

        boolean isEmpty() {
            return totals.isEmpty();
        }

        void add(Dimension dimension, String answer, String worker, BigDecimal hours) {
            String key = answer == null ? null : answer.toLowerCase(Locale.ROOT);
            cells.computeIfAbsent(dimension, d -> new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                    .computeIfAbsent(key, k -> new Cell(answer)).add(worker, hours);
            totals.computeIfAbsent(dimension, d -> new Cell(null)).add(worker, hours);
        }

        List<Line> lines() {
            List<Line> out = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                Cell total = totals.get(d);
                if (total == null) {
                    continue;
                }
                out.add(new Line(contractId, d, true, null, total.hours, total.workers.size()));
                cells.getOrDefault(d, Map.of()).values().forEach(c ->
                        out.add(new Line(contractId, d, false, c.answer, c.hours, c.workers.size())));
            }
            return out;
        }
    }

    /** Hours and the distinct workers who worked them; the answer as first spelled. */
    private static final class Cell {
        final String answer;
        final Set<String> workers = new HashSet<>();
        BigDecimal hours = BigDecimal.ZERO;

        Cell(String answer) {
            this.answer = answer;
        }

        void add(String worker, BigDecimal h) {
            workers.add(Objects.requireNonNull(worker));
            hours = hours.add(h);
        }
    }
}
