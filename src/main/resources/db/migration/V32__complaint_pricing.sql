-- A worker complaint is priced: the account in the worker's own terms (which weeks, usual hours a week and a day, how
-- they were paid, whether overtime was paid), kept with the complaint for auditors only (29 CFR 5.6(a)(5)). The
-- pricing itself is not stored: it is computed from these and the contract's wage rule in force on each day.
alter table worker_complaint add column claim_first_week  date;
alter table worker_complaint add column claim_last_week   date;
alter table worker_complaint add column claim_week_hours  numeric(6, 2);
alter table worker_complaint add column claim_day_hours   numeric(5, 2);
alter table worker_complaint add column claim_paid_by     varchar(10);
alter table worker_complaint add column claim_amount      numeric(12, 2);
alter table worker_complaint add column claim_overtime_paid boolean;
alter table worker_complaint add constraint ck_worker_complaint_claim check (
    claim_first_week is null
    or (claim_last_week is not null and claim_last_week >= claim_first_week and claim_week_hours is not null
        and claim_paid_by in ('HOURLY', 'WEEKLY', 'CASH') and claim_amount is not null and claim_overtime_paid is not null));
