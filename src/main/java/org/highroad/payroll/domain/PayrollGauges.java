package org.highroad.payroll.domain;

import java.util.Arrays;
import java.util.List;
import org.highroad.platform.operations.DatabaseGauges;
import org.springframework.stereotype.Component;

/**
 * The payroll module's business figures for monitoring (Prometheus names in brackets): certified payroll submissions
 * by status ({@code highroad_payroll_submissions}: received, rejected, accepted, superseded), accepted payrolls with
 * findings ({@code highroad_payroll_flagged}), findings by status ({@code highroad_payroll_findings}), and reporting
 * periods past their due date with no payroll or no-work statement in ({@code highroad_payroll_periods_overdue}; the
 * MISSING state of the compliance view, 29 CFR 5.5(a)(3)(ii)(A)).
 */
@Component
class PayrollGauges {

    PayrollGauges(DatabaseGauges gauges) {
        gauges.countsBy("highroad.payroll.submissions", "Certified payroll submissions by status", "status",
                Arrays.stream(PayrollSubmission.Status.values()).map(Enum::name).toList(),
                "select status, count(*) from payroll_submission group by status", today -> new Object[0]);
        gauges.count("highroad.payroll.flagged", "Payroll submissions with at least one finding",
                "select count(distinct submission_id) from payroll_finding where submission_id is not null",
                today -> new Object[0]);
        gauges.countsBy("highroad.payroll.findings", "Payroll findings by status", "status",
                List.of(FindingStore.OPEN, FindingStore.CONFIRMED, FindingStore.DISMISSED, FindingStore.RESOLVED,
                        FindingStore.SUPERSEDED),
                "select status, count(*) from payroll_finding group by status", today -> new Object[0]);
        gauges.count("highroad.payroll.periods.overdue",
                "Expected payroll periods past their due date with nothing accepted for them",
                "select count(*) from expected_payroll e where e.due_on < ? and not exists (select 1 from "
                        + "payroll_submission s where s.contract_id = e.contract_id and s.vendor_id = e.vendor_id "
                        + "and s.week_ending = e.week_ending and s.status in ('ACCEPTED', 'SUPERSEDED'))",
                today -> new Object[] {today});
    }
}
