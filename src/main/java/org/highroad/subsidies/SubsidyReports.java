package org.highroad.subsidies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.subsidies.domain.SubsidyProgram;
import org.highroad.subsidies.domain.SubsidyProgramRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program report: its money, the share that went to quality jobs against its goal, groups, hires and wages. */
@Service
public class SubsidyReports {

    private static final String COMMITTED = "('APPROVED', 'AGREED')";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SubsidyProgramRepository programs;
    private final JdbcTemplate jdbc;

    SubsidyReports(SubsidyProgramRepository programs, JdbcTemplate jdbc) {
        this.programs = programs;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ProgramReport report(long programId) {
        SubsidyProgram program = programs.findById(programId).orElseThrow(() -> new NotFoundException("no subsidy program " + programId));
        BigDecimal committed = sum("select coalesce(sum(v.amount), 0) from subsidy_reservation v join subsidy_request r on r.id = v.request_id "
                + "where v.program_id = ? and v.status = 'HELD' and r.status in " + COMMITTED, programId);
        BigDecimal reserved = sum("select coalesce(sum(v.amount), 0) from subsidy_reservation v join subsidy_request r on r.id = v.request_id "
                + "where v.program_id = ? and v.status = 'HELD' and r.status = 'IN_REVIEW'", programId);
        BigDecimal quality = sum("select coalesce(sum(v.amount), 0) from subsidy_reservation v join subsidy_request r on r.id = v.request_id "
                + "where v.program_id = ? and v.status = 'HELD' and r.status in " + COMMITTED + " and r.quality_job = true", programId);
        BigDecimal paid = sum("select coalesce(sum(p.amount), 0) from subsidy_payment p join subsidy_request r on r.id = p.request_id "
                + "where r.program_id = ?", programId);
        BigDecimal share = committed.signum() == 0 ? null : quality.multiply(HUNDRED).divide(committed, 2, RoundingMode.HALF_UP);
        BigDecimal goal = program.terms().qualityGoalPercent();
        BigDecimal budget = program.terms().budget();
        return new ProgramReport(programId, program.code(), budget, committed, reserved, paid,
                budget.subtract(committed).subtract(reserved), share, goal, share != null && share.compareTo(goal) >= 0,
                hires(programId), groups("sector", programId), groups("county", programId), groups("classification", programId));
    }

    private ProgramReport.Hires hires(long programId) {
        Integer approved = jdbc.queryForObject("select coalesce(sum(hires), 0) from subsidy_request where program_id = ? and status in "
                + COMMITTED, Integer.class, programId);
        if (approved < ProgramReport.MIN_HIRES) {
            return new ProgramReport.Hires(true, null, null, null, null, null, null);
        }
        String hireJoin = " from subsidy_hire h join subsidy_request r on r.id = h.request_id where r.program_id = ?";
        Integer started = jdbc.queryForObject("select count(*)" + hireJoin, Integer.class, programId);
        String completedJoin = " from subsidy_payment p join subsidy_claim c on c.id = p.claim_id join subsidy_request r on "
                + "r.id = p.request_id where r.program_id = ? and c.milestone = 'COMPLETION'";
        Integer completed = jdbc.queryForObject("select count(*)" + completedJoin, Integer.class, programId);
        Integer retained = jdbc.queryForObject("select count(*)" + completedJoin + " and exists (select 1 from subsidy_hire h where "
                + "h.request_id = p.request_id and h.worker_ref = p.worker_ref and h.status = 'STARTED')", Integer.class, programId);
        BigDecimal atApproval = jdbc.queryForObject("select sum(hourly_wage * hires) / sum(hires) from subsidy_request where program_id = ? "
                + "and status in " + COMMITTED, BigDecimal.class, programId);
        BigDecimal atCompletion = completed < ProgramReport.MIN_HIRES ? null
                : jdbc.queryForObject("select avg(p.wage_paid)" + completedJoin, BigDecimal.class, programId);
        return new ProgramReport.Hires(false, approved, started, completed, retained, cents(atApproval), cents(atCompletion));
    }

    // The column name is one of three constants above, never input.
    private List<ProgramReport.Group> groups(String column, long programId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select r." + column + " as name, sum(r.hires) as hires, sum(v.amount) as committed, "
                + "sum(case when r.quality_job = true then v.amount else 0 end) as quality from subsidy_request r join subsidy_reservation v "
                + "on v.request_id = r.id where r.program_id = ? and v.status = 'HELD' and r.status in " + COMMITTED
                + " group by r." + column + " order by r." + column, programId);
        int[] hires = rows.stream().mapToInt(row -> ((Number) value(row, "hires")).intValue()).toArray();
        boolean[] suppressed = complementarySuppression(hires);
        List<ProgramReport.Group> groups = new java.util.ArrayList<>();
        for (int i = 0; i < hires.length; i++) {
            Map<String, Object> row = rows.get(i);
            String name = (String) value(row, "name");
            groups.add(suppressed[i] ? new ProgramReport.Group(name, true, null, null, null)
                    : new ProgramReport.Group(name, false, hires[i], (BigDecimal) value(row, "committed"), (BigDecimal) value(row, "quality")));
        }
        return groups;
    }

    /**
     * Which groups are withheld: each of fewer than {@link ProgramReport#MIN_HIRES} hires, and, since the program's
     * totals are shown, as many of the smallest others as it takes for the withheld groups to cover at least that many
     * hires together, or subtracting the groups shown from the totals would give a small group's figures
     * (complementary suppression, as statistical agencies practise it for small cells).
     */
    static boolean[] complementarySuppression(int[] hires) {
        boolean[] suppressed = new boolean[hires.length];
        int withheld = 0;
        for (int i = 0; i < hires.length; i++) {
            if (hires[i] < ProgramReport.MIN_HIRES) {
                suppressed[i] = true;
                withheld += hires[i];
            }
        }
        while (withheld > 0 && withheld < ProgramReport.MIN_HIRES) {
            int smallest = -1;
            for (int i = 0; i < hires.length; i++) {
                if (!suppressed[i] && (smallest < 0 || hires[i] < hires[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            suppressed[smallest] = true;
            withheld += hires[smallest];
        }
        return suppressed;
    }

    private static Object value(Map<String, Object> row, String key) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).findFirst().map(Map.Entry::getValue).orElse(null);
    }

    private BigDecimal sum(String sql, long programId) {
        return jdbc.queryForObject(sql, BigDecimal.class, programId);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
