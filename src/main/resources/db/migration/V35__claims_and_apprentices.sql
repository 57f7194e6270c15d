-- A worker complaint compared week by week: every week of the account's range is compared with the certified payroll
-- (29 CFR 5.6: the agency investigates), each with its verdict and the payroll finding it recorded; what an auditor's
-- visit or interview substantiated for a week is kept beside it, with the finding that owes it (restitution owed once:
-- what the payroll's findings already owe the worker for that week is credited, HUD "Making Davis-Bacon Work").
-- One row per complaint and week, so a retried comparison or a visit recorded twice cannot add a week twice.
create table complaint_week (
    complaint_id      bigint        not null references worker_complaint (id),
    week_ending       date          not null,
    verdict           varchar(12)   not null,
    detail            varchar(2000) not null,
    finding_id        bigint,
    substantiated     numeric(12, 2),
    visit_finding_id  bigint,
    primary key (complaint_id, week_ending),
    constraint ck_complaint_week_verdict check (verdict in ('DISCREPANCY', 'CONSISTENT', 'UNDECIDED', 'NOT_COMPARED')),
    constraint ck_complaint_week_substantiated check (substantiated is null or substantiated >= 0)
);

-- The finding a site visit or interview recorded, apart from the finding the comparison recorded: a discrepancy now
-- opens the visit too, and each stays the complaint's.
alter table worker_complaint add column visit_finding_id bigint;
-- Before, a visit followed only a comparison that recorded no finding, so the finding a visit found was the complaint's
-- only one.
update worker_complaint set visit_finding_id = finding_id where visit_outcome = 'VIOLATION_FOUND';

-- Whether the payroll's layout asks each apprentice's registration (its header has apprentice_registration, as the
-- WH-347 Rev. January 2025 asks per apprentice): then an apprentice row naming none is not shown registered in a
-- program on file and is owed the journeyworker rate for all hours (29 CFR 5.5(a)(4)(i)). Payrolls read before this
-- were checked taking such a row as registered in the classification's first registered program, and stay so.
alter table payroll_submission add column names_registrations boolean default false not null;

-- The apprentice fringe per level may come from the wage determination (29 CFR 5.5(a)(4)(i)): an amount per hour per
-- level instead of the program's percentage, and where the determination sets it, cited in the findings it prices.
alter table compliance_statement_level add column fringe_per_hour numeric(8, 2);
alter table compliance_statement_program add column fringe_source varchar(200);
