package org.highroad.payroll;


import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.utilization.HoursWorked;
import org.highroad.payroll.utilization.Level;
import org.highroad.payroll.utilization.Residence;
import org.highroad.payroll.utilization.Utilization;
import org.highroad.payroll.utilization.UtilizationCalculator;
import org.highroad.payroll.utilization.WorkerProfile;
import org.highroad.platform.security.HighroadUser;
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

    private static final String HOURS = "select s.vendor_id, r.worker_ref, r.classification, r.level, d.work_date, "
            + "sum(d.straight_hours + d.overtime_hours) from payroll_row r join payroll_row_day d on d.submission_id = r.submission_id "
            + "and d.position = r.position join payroll_submission s on s.id = r.submission_id where s.contract_id = ? "
            + "and s.status = 'ACCEPTED' and d.work_date <= ? "
            + "group by s.vendor_id, r.worker_ref, r.classification, r.level, d.work_date";
    private static final String PROFILES = "select s.vendor_id, r.worker_ref, r.resident, r.address_effective_from, "
            + "r.race_ethnicity, r.gender, s.week_ending, s.id from payroll_row r join payroll_submission s on s.id = r.submission_id "
            + "where s.contract_id = ? and s.status = 'ACCEPTED' and s.week_ending <= ? order by s.week_ending, s.id";

    private final Contracts contracts;
    private final JdbcTemplate jdbc;
    private final UtilizationCalculator calculator = new UtilizationCalculator();

    private final java.time.Clock clock;

    PayrollUtilization(Contracts contracts, JdbcTemplate jdbc, java.time.Clock clock) {
        this.contracts = contracts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For anyone who may see the contract (the shares hold no personal data); to today when {@code asOf} is null. */
    @Transactional(readOnly = true)
    public Utilization forCaller(long contractId, LocalDate asOf, HighroadUser caller) {
        contracts.get(contractId, caller);
        return compute(contractId, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @Transactional(readOnly = true)
    public Utilization compute(long contractId, LocalDate asOf) {
        List<HoursWorked> hours = new ArrayList<>();
        jdbc.query(HOURS, rs -> {
            hours.add(new HoursWorked(worker(rs.getLong(1), rs.getString(2)), rs.getString(3), Level.valueOf(rs.getString(4)),
                    rs.getDate(5).toLocalDate(), rs.getBigDecimal(6)));
        }, contractId, Date.valueOf(asOf));
        Map<String, Reported> reported = new HashMap<>();
        jdbc.query(PROFILES, rs -> {
            Reported r = reported.computeIfAbsent(worker(rs.getLong(1), rs.getString(2)), k -> new Reported());
            Boolean resident = (Boolean) rs.getObject(3, Boolean.class);
            Date from = rs.getDate(4);
            if (resident != null) {
                // the CSV reader sets the date (the week's Sunday) when residence is given without one; later payrolls win
                r.residences.put(from == null ? rs.getDate(7).toLocalDate().minusDays(6) : from.toLocalDate(), resident);
            }
            Boolean poc = personOfColor(rs.getString(5));
            r.personOfColor = poc == null ? r.personOfColor : poc;
            Boolean woman = woman(rs.getString(6));
            r.woman = woman == null ? r.woman : woman;
        }, contractId, Date.valueOf(asOf));
        Map<String, WorkerProfile> profiles = new HashMap<>();
        reported.forEach((ref, r) -> profiles.put(ref, new WorkerProfile(ref, r.residences.entrySet().stream()
                .map(e -> new Residence(e.getValue(), e.getKey())).toList(), r.personOfColor, r.woman)));
        return calculator.compute(hours, profiles, contracts.workforceRules(contractId, asOf), asOf);
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

    private static String normalized(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        String v = answer.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("decline") || v.startsWith("prefer not") || v.equals("not reported") || v.equals("unknown") ? null : v;
    }

    /** What a worker's payroll rows reported, latest answers last. */
    private static final class Reported {
        private final Map<LocalDate, Boolean> residences = new TreeMap<>();
        private Boolean personOfColor;
        private Boolean woman;
    }

}
