-- Payroll intake under concurrency, recovery after a crash, and query plans that hold as the database fills.

-- One row per contract, contractor and week: the row intake and checks lock, so that payrolls for a week are accepted
-- one at a time (a correction supersedes exactly the payroll accepted before it) and checked one at a time.
create table payroll_week (
    contract_id bigint not null,
    vendor_id   bigint not null,
    week_ending date   not null,
    constraint pk_payroll_week primary key (contract_id, vendor_id, week_ending)
);
insert into payroll_week (contract_id, vendor_id, week_ending)
    select distinct contract_id, vendor_id, week_ending from payroll_submission;

-- The same file for the same contract, contractor and week is one submission: a unique index, not a check before an
-- insert. A file stored twice before this index existed keeps its own id in copy_no (0 for every other submission).
alter table payroll_submission add column copy_no bigint default 0 not null;
update payroll_submission set copy_no = id
    where exists (select 1 from payroll_submission e where e.contract_id = payroll_submission.contract_id
        and e.vendor_id = payroll_submission.vendor_id and e.week_ending = payroll_submission.week_ending
        and e.sha256 = payroll_submission.sha256 and e.id < payroll_submission.id);
create unique index ux_payroll_submission_file on payroll_submission (contract_id, vendor_id, week_ending, sha256, copy_no);

-- Checks that broke for a technical reason are re-run by the recovery a few times, then left to an auditor; the
-- week's review process is told of an accepted, checked payroll once (review_told_at), again by the recovery if the
-- first attempt failed. Payrolls checked before this column are taken as told.
alter table payroll_submission add column check_attempts integer default 0 not null;
alter table payroll_submission add column review_told_at timestamp with time zone;
update payroll_submission set review_told_at = submitted_at
    where status in ('ACCEPTED', 'SUPERSEDED') and check_status = 'CHECKED';

-- Rows committed under a submission that never ended accepted (a race before the week lock existed) are not payroll
-- data: removed, so that a retry of that submission writes its rows afresh.
delete from payroll_row_day where submission_id in (select id from payroll_submission where status in ('RECEIVED', 'REJECTED'));
delete from payroll_row where submission_id in (select id from payroll_submission where status in ('RECEIVED', 'REJECTED'));

-- The day rows again, with no index but their primary key, on H2 as on PostgreSQL. The inline reference of V8 had
-- made H2 index submission_id alone (H2 gives every foreign key an index of its own), and H2 chose that index to join
-- each row to its days once the database held many small payrolls: every row then read all the day rows of its
-- payroll (minutes for a large one). A foreign key to the worker row instead makes PostgreSQL check every day row
-- against payroll_row, and on a new database (no statistics for payroll_row yet) that check did not use the key: a
-- 100,000-row payroll was still being copied after 7 minutes. The day rows keep no foreign key: the row writers write
-- a row's days with the row, in the submission's transaction, and nothing deletes a row; payroll_row keeps its key
-- to the submission.
create table payroll_row_day_v19 (
    submission_id  bigint        not null,
    position       integer       not null,
    work_date      date          not null,
    straight_hours numeric(5, 2) not null,
    overtime_hours numeric(5, 2) not null,
    constraint pk_payroll_row_day primary key (submission_id, position, work_date)
);
insert into payroll_row_day_v19 (submission_id, position, work_date, straight_hours, overtime_hours)
    select submission_id, position, work_date, straight_hours, overtime_hours from payroll_row_day;
drop table payroll_row_day;
alter table payroll_row_day_v19 rename to payroll_row_day;
