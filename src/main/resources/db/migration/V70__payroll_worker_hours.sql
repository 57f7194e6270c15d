-- A payroll's hours per worker, trade and level, with the first and last day worked: what the contract's shares are
-- summed from (PayrollUtilization.compute), written once with the payroll's rows when it is accepted. A payroll's rows
-- never change after they are written, so neither do these; whether a payroll counts (accepted, not superseded) is
-- read from payroll_submission, as before. A worker whose residence changes between the first and the last day, or a
-- week cut by the day the shares are computed to, is read day by day from payroll_row_day instead.
create table payroll_worker_hours (
    submission_id  bigint         not null references payroll_submission (id),
    worker_ref     varchar(20)    not null,
    classification varchar(200)   not null,
    level          varchar(20)    not null,
    first_day      date           not null,
    last_day       date           not null,
    hours          numeric(12, 2) not null,
    primary key (submission_id, worker_ref, classification, level)
);

insert into payroll_worker_hours (submission_id, worker_ref, classification, level, first_day, last_day, hours)
    select r.submission_id, r.worker_ref, r.classification, r.level, min(d.work_date), max(d.work_date),
           sum(d.straight_hours + d.overtime_hours)
    from payroll_row r join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position
    group by r.submission_id, r.worker_ref, r.classification, r.level;
