-- One open compliance case per contract and contractor: open_key ("contract:vendor") is set while a case is open and
-- cleared when it closes; unique, so two findings arriving together cannot open two cases (H2 and PostgreSQL both
-- allow any number of NULLs in a unique index, which is what closed cases hold). Where earlier races opened several
-- cases, the newest open one takes the key and the next findings join it; the others run to their own close.
alter table compliance_case add column open_key varchar(60);
update compliance_case set open_key = cast(contract_id as varchar(20)) || ':' || cast(vendor_id as varchar(20))
    where status = 'OPEN' and id = (select max(o.id) from compliance_case o where o.contract_id = compliance_case.contract_id
        and o.vendor_id = compliance_case.vendor_id and o.status = 'OPEN');
create unique index uq_compliance_case_open on compliance_case (open_key);

-- A payroll finding's status follows its review in its compliance case: OPEN (awaiting review), CONFIRMED (not cured
-- yet), DISMISSED, RESOLVED (confirmed, and its case closed cured), SUPERSEDED (a correction payroll replaced its
-- payroll). Findings reviewed before this version all still said OPEN: they take the status their review gave them.
update payroll_finding set status = 'CONFIRMED'
    where status = 'OPEN' and id in (select finding_id from case_finding where review = 'CONFIRMED');
update payroll_finding set status = 'DISMISSED'
    where status = 'OPEN' and id in (select finding_id from case_finding where review = 'DISMISSED');
update payroll_finding set status = 'RESOLVED'
    where status = 'CONFIRMED' and id in (select f.finding_id from case_finding f join compliance_case c on c.id = f.case_id
        where f.review = 'CONFIRMED' and c.outcome in ('RESOLVED', 'CLOSED_OFF_LADDER'));

-- An investigation's finding is read by the contractor: it says what differs, never the worker's account (hours or pay
-- claimed), which stays with the complaint (worker_complaint.comparison_detail) for auditors (29 CFR 5.6(a)(5)).
-- Findings recorded before this version quoted the account: their text is restated without it.
update payroll_finding set detail = 'investigation: worker ' || worker_ref || ', week ending '
        || cast(week_ending as varchar(10)) || ': the certified payroll differs from what the investigation found'
        || case when amount_owed is null then '' else ' ($' || cast(amount_owed as varchar(20)) || ' owed)' end
    where kind = 'INVESTIGATION_DISCREPANCY' and worker_ref is not null
        and (detail like '%hours worked against%' or detail like '%paid against%');
update payroll_finding set detail = 'investigation: the contractor certified no work in the week ending '
        || cast(week_ending as varchar(10)) || '; the investigation found work in that week'
    where kind = 'INVESTIGATION_DISCREPANCY' and detail like '%the account is of%';
