-- The payments a clawback recovers: every payment of its hire (or, for a displacement, of the whole request) up to
-- payments_through (a subsidy_payment id) that no earlier clawback recovered. Two grounds found on one hire (a low wage,
-- then an early end; an early end, then a displacement complaint) recover the same dollars once: the later one takes
-- only the payments made since the earlier one.
alter table subsidy_clawback add column payments_through bigint;

-- Clawbacks recorded before this column recovered what had been paid when they were recorded.
update subsidy_clawback set payments_through = (select max(p.id) from subsidy_payment p
    where p.request_id = subsidy_clawback.request_id and p.paid_at <= subsidy_clawback.recorded_at);
