-- A notice names every finding it covers, and so does the case's step recording it: a payroll with thousands of
-- findings confirmed in one review round (ADR 0021) needs more than 4,000 characters for their ids (5,000 findings:
-- about 24,000 in the notice, 29,000 in the step's rationale).
alter table case_notice alter column finding_ids set data type varchar(1000000);
alter table case_step alter column rationale set data type varchar(1000000);
