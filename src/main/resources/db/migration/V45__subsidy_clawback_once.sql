-- The amount to recover for a hire (or, for a displacement complaint, for the whole request) is recorded once per ground:
-- a complaint posted again or a low wage found on a later claim must not record the same payments a second time.
-- recovers names what the clawback is for: the hire's worker reference, or '' for the whole request.
alter table subsidy_clawback add column recovers varchar(40);

-- Rows recorded before this key: the first of each request, hire and ground keeps its place; a later repeat stays
-- as history, marked as recorded twice, outside the key.
update subsidy_clawback set recovers = coalesce(worker_ref, '')
where id in (select min(id) from subsidy_clawback group by request_id, coalesce(worker_ref, ''), ground);
update subsidy_clawback set status = 'RECORDED_TWICE' where recovers is null;

alter table subsidy_clawback add constraint uq_subsidy_clawback_once unique (request_id, recovers, ground);
