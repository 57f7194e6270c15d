-- The request form's one-time token (kept only as its SHA-256, platform.validation.IdempotencyKey): the same form
-- sent twice (a double click, Back and send again) is the request it first created, not a second one that would
-- reserve the budget again. NULL for requests drafted through the API without a key and for later versions.
alter table subsidy_request add column form_token varchar(64);
create unique index ux_subsidy_request_form_token on subsidy_request (form_token);

-- One trainee on one agreement at a time: a started (not ended) hire holds its worker reference within the employer's
-- agreements of one program (program:vendor:worker); ending the hire frees it. A second agreement naming the same
-- worker while the first hire runs is refused by the unique index, also when both are named at the same moment.
-- Existing started hires: the first named keeps the key; a later duplicate (named before this rule) keeps none.
alter table subsidy_hire add column active_key varchar(120);
update subsidy_hire set active_key = (select cast(r.program_id as varchar(20)) || ':' || cast(r.vendor_id as varchar(20))
        || ':' || subsidy_hire.worker_ref from subsidy_request r where r.id = subsidy_hire.request_id)
    where status = 'STARTED' and id = (select min(h2.id) from subsidy_hire h2
        join subsidy_request r2 on r2.id = h2.request_id
        join subsidy_request r1 on r1.id = subsidy_hire.request_id
        where h2.status = 'STARTED' and h2.worker_ref = subsidy_hire.worker_ref
          and r2.program_id = r1.program_id and r2.vendor_id = r1.vendor_id);
create unique index ux_subsidy_hire_active_worker on subsidy_hire (active_key);
