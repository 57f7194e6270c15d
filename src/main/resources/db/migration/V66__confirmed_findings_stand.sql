-- A finding an auditor confirmed stands through a correction payroll (ADR 0030): only findings still awaiting review
-- are superseded with the payroll they were found on. What a wage finding is about, whichever payroll of the week
-- revealed it, is its violation: the contractor's week, the kind, the worker, the classification, the day and (in a
-- payroll longer than a week) the work week. violation_key holds it while the finding is owed or may be (awaiting
-- review, confirmed, resolved) and is cleared when it is dismissed or superseded; unique, so a correction that finds a
-- confirmed violation again cannot record it as a second finding, and it is owed once.
alter table payroll_finding add column violation_key varchar(400);
-- The latest accepted payroll of the week checked against a confirmed finding found on an earlier one: whether it
-- shows the violation still (recheck_found) and what it owes there now (recheck_amount); for the auditor, who
-- resolves the finding after verifying payment or revises it. The confirmed amount stands meanwhile.
alter table payroll_finding add column recheck_submission_id bigint;
alter table payroll_finding add column recheck_found boolean;
alter table payroll_finding add column recheck_amount numeric(12, 2);

-- Wage findings recorded before this version take their violation key, the first of a violation where (in error)
-- several stand.
update payroll_finding set violation_key = kind || '|' || cast(contract_id as varchar(20)) || '|' || cast(vendor_id as varchar(20))
        || '|' || cast(week_ending as varchar(10)) || '|' || worker_ref || '|' || coalesce(classification, '') || '|'
        || coalesce(cast(work_date as varchar(10)), '') || '|'
        || case when detail like 'Work week ending %' then substring(detail, 18, 10) else '' end
    where status in ('OPEN', 'CONFIRMED', 'RESOLVED') and worker_ref is not null
        and kind not in ('SHARE_SHORTFALL', 'LATE_REPORT', 'INVESTIGATION_DISCREPANCY', 'SITE_VISIT_VIOLATION')
        and not exists (select 1 from payroll_finding o where o.id < payroll_finding.id
            and o.status in ('OPEN', 'CONFIRMED', 'RESOLVED') and o.kind = payroll_finding.kind
            and o.contract_id = payroll_finding.contract_id and o.vendor_id = payroll_finding.vendor_id
            and o.week_ending = payroll_finding.week_ending and o.worker_ref = payroll_finding.worker_ref
            and coalesce(o.classification, '') = coalesce(payroll_finding.classification, '')
            and coalesce(o.work_date, o.week_ending) = coalesce(payroll_finding.work_date, payroll_finding.week_ending)
            and (case when o.detail like 'Work week ending %' then substring(o.detail, 18, 10) else '' end)
                = (case when payroll_finding.detail like 'Work week ending %' then substring(payroll_finding.detail, 18, 10) else '' end));
create unique index uq_payroll_finding_violation on payroll_finding (violation_key);

-- A no-work statement over a week whose payroll in force reports hours is the agency's to record, not the
-- contractor's (ADR 0030): an auditor records it with a reason, naming the payroll it replaces. Held on the statement
-- so that it replaces that payroll only, never a correction accepted meanwhile.
alter table payroll_submission add column no_work_over bigint;
