package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.utilization.Utilization;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract's shares summed in the database per worker, trade, level and day ({@link PayrollUtilization#compute})
 * are the shares read the long way, every row and day of every accepted payroll one at a time
 * ({@link PayrollUtilization#recompute}): after payrolls are accepted, after a correction supersedes one, and after a
 * no-work statement supersedes another; for the whole contract and for each contractor's own workforce; to the end of
 * each week, to a day inside a week and to a day long after. The workers' answers change on the way (a worker answers
 * race and gender only on a later payroll, another moves out of the area), so the later answers re-count earlier hours.
 */
class SummedSharesTest extends PayrollTest {

    private static final String WEEK_2 = "2027-01-16";

    @Autowired
    PayrollUtilization utilization;

    /** Garcia: a resident, Hispanic woman; Okafor: an electrician who answered nothing yet; Brandt: a laborer. */
    private static final String PRIME_WEEK_1 = HEADER + "\n"
            + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
            + row(2, "Okafor", "2345", "60.00", "2400.00", ELECTRICIAN).replace(",Y,2026-01-01,Hispanic or Latino,Female", ",,,,") + "\n"
            + row(3, "Brandt", "3456", "45.00", "1800.00", LABORER).replace(",Hispanic or Latino,Female", ",White,Male") + "\n";

    /** Week 2: Okafor answers (a man of color, resident), Garcia moves out of the area on Wednesday. */
    private static final String PRIME_WEEK_2 = HEADER + "\n"
            + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN).replace(",Y,2026-01-01,", ",N,2027-01-13,") + "\n"
            + row(2, "Okafor", "2345", "60.00", "2400.00", ELECTRICIAN)
                    .replace(",Y,2026-01-01,Hispanic or Latino,Female", ",Y,,Black or African American,Male") + "\n";

    /** The correction of week 1: Brandt worked two days less, Garcia declined to answer her race. */
    private static final String PRIME_WEEK_1_CORRECTED = HEADER + "\n"
            + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN).replace("Hispanic or Latino", "Decline to answer") + "\n"
            + row(2, "Okafor", "2345", "60.00", "2400.00", ELECTRICIAN).replace(",Y,2026-01-01,Hispanic or Latino,Female", ",,,,") + "\n"
            + row(3, "Brandt", "3456", "45.00", "1080.00", LABORER).replace(",8,8,8,8,8,", ",8,8,8,,,")
                    .replace(",Hispanic or Latino,Female", ",White,Male") + "\n";

    /** Northside's electrician: a man from outside the area, white, a journeyworker. */
    private static final String SUB_WEEK_1 = HEADER + "\n" + row(1, "Lee", "5678", "60.00", "2400.00", ELECTRICIAN)
            .replace(",Y,2026-01-01,Hispanic or Latino,Female", ",N,2026-01-01,White,Male") + "\n";

    @Test
    void theSharesSummedInTheDatabaseAreTheSharesReadRowByRowAfterAcceptCorrectionAndNoWork() {
        long contract = contractWithStatement("Summed shares " + System.nanoTime());
        long prime = users.vendorOf(TestUsers.HARBOR);
        long northside = subcontractor(contract);

        accepted(post(TestUsers.HARBOR, contract, WEEK, PRIME_WEEK_1));
        accepted(post(TestUsers.NORTHSIDE, contract, WEEK, SUB_WEEK_1));
        Response week2 = post(TestUsers.HARBOR, contract, WEEK_2, PRIME_WEEK_2);
        accepted(week2);
        List<Utilization> accepted = sameBothWays(contract, prime, northside);
        // the shares came from each payroll's tally (V70): one per worker, trade and level, its days summed
        assertThat(jdbc.queryForList("select worker_ref || ' ' || first_day || ' ' || last_day || ' ' || hours "
                + "from payroll_worker_hours where submission_id = ? order by worker_ref", String.class, week2.json().path("id").asLong()))
                .as("Garcia (a move in mid-week: read day by day) and Okafor, Monday to Friday")
                .containsExactly("1234 2027-01-11 2027-01-15 40.00", "2345 2027-01-11 2027-01-15 40.00");
        // not an empty comparison: the hours are there, and Okafor's later answer counts his week-1 hours as a man of color's
        Utilization toWeek2 = utilization.compute(contract, LocalDate.parse(WEEK_2), null);
        assertThat(line(toWeek2, "PEOPLE_OF_COLOR").totalHours()).isEqualByComparingTo("240");
        assertThat(line(toWeek2, "PEOPLE_OF_COLOR").hoursInGroup()).as("Garcia's and Okafor's hours, both weeks")
                .isEqualByComparingTo("160");
        assertThat(line(toWeek2, "LOCAL_RESIDENTS").hoursInGroup())
                .as("Garcia to Tuesday of week 2, Brandt, Okafor from week 2 (his residence takes effect on its Sunday)")
                .isEqualByComparingTo(new BigDecimal("40").add(new BigDecimal("16")).add(new BigDecimal("40")).add(new BigDecimal("40")));

        Response corrected = post(TestUsers.HARBOR, contract, WEEK, PRIME_WEEK_1_CORRECTED);
        accepted(corrected);
        List<Utilization> afterCorrection = sameBothWays(contract, prime, northside);
        assertThat(tallies(contract)).as("the tallies written with each payroll's rows are the sums of its rows and days")
                .hasSize(9).isEqualTo(talliedByTheDatabase(contract));
        assertThat(afterCorrection).as("the correction changed the shares").isNotEqualTo(accepted);

        // reported hours are replaced by a no-work statement only on the auditor's record (ADR 0030)
        Response refused = noWork(TestUsers.HARBOR, contract, WEEK_2, "the week-2 payroll was sent for the wrong contract");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        Response none = as(TestUsers.AUDITOR).post("/api/payrolls/" + week2.json().path("id").asLong() + "/no-work",
                Map.of("reason", "the week-2 payroll was sent for the wrong contract"));
        assertThat(none.status()).as(none.body()).isEqualTo(201);
        List<Utilization> afterNoWork = sameBothWays(contract, prime, northside);
        assertThat(jdbc.queryForObject("select count(*) from payroll_worker_hours h join payroll_submission s on s.id = h.submission_id "
                + "where s.contract_id = ? and s.status = 'ACCEPTED' and s.week_ending = ?", Integer.class, contract, LocalDate.parse(WEEK_2)))
                .as("a no-work statement has no hours to tally, and week 2's payroll no longer counts").isZero();
        assertThat(afterNoWork).as("the no-work statement took week 2's hours out").isNotEqualTo(afterCorrection);
        assertThat(line(utilization.compute(contract, LocalDate.parse(WEEK_2), null), "PEOPLE_OF_COLOR").totalHours())
                .as("week 1 as corrected: Garcia, Okafor, Brandt's three days, Lee").isEqualByComparingTo("144");
    }

    /** The contract's tallies as stored, one text per payroll, worker, trade and level. */
    private List<String> tallies(long contract) {
        return jdbc.queryForList("select h.submission_id || ' ' || h.worker_ref || ' ' || h.classification || ' ' || h.level || ' ' "
                + "|| h.first_day || ' ' || h.last_day || ' ' || h.hours from payroll_worker_hours h join payroll_submission s "
                + "on s.id = h.submission_id where s.contract_id = ? order by 1", String.class, contract);
    }

    /** The same tallies summed by the database from the rows and days stored (the select of V70 and of PayrollUtilization.TALLY). */
    private List<String> talliedByTheDatabase(long contract) {
        return jdbc.queryForList("select r.submission_id || ' ' || r.worker_ref || ' ' || r.classification || ' ' || r.level || ' ' "
                + "|| min(d.work_date) || ' ' || max(d.work_date) || ' ' || cast(sum(d.straight_hours + d.overtime_hours) as numeric(12, 2)) "
                + "from payroll_row r join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
                + "join payroll_submission s on s.id = r.submission_id where s.contract_id = ? "
                + "group by r.submission_id, r.worker_ref, r.classification, r.level order by 1", String.class, contract);
    }

    /** Both readings, to several days, for the whole contract and each contractor; returns the summed ones. */
    private List<Utilization> sameBothWays(long contract, long prime, long northside) {
        List<Utilization> summed = new ArrayList<>();
        for (LocalDate asOf : List.of(LocalDate.parse(WEEK).minusDays(3), LocalDate.parse(WEEK), LocalDate.parse(WEEK_2).minusDays(2),
                LocalDate.parse(WEEK_2), LocalDate.parse("2027-03-26"))) {
            for (Long vendor : Arrays.asList(null, prime, northside)) {
                Utilization fast = utilization.compute(contract, asOf, vendor);
                assertThat(fast).as("shares of vendor %s to %s", vendor, asOf).isEqualTo(utilization.recompute(contract, asOf, vendor));
                summed.add(fast);
            }
        }
        return summed;
    }

    private static Utilization.ShareLine line(Utilization u, String category) {
        return u.lines().stream().filter(l -> l.category().equals(category) && l.trade() == null && l.level() == null)
                .findFirst().orElseThrow(() -> new AssertionError("no project line for " + category + " in " + u));
    }

    private static void accepted(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** Northside subcontracts the electrical work and has its Statement of Compliance on file; returns its vendor id. */
    private long subcontractor(long contract) {
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        Response sub = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-03-26"));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        return northside;
    }
}
