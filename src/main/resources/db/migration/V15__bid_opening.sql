-- Sealed bids: when a solicitation's bids were opened (at or after its submission deadline). Until then agency staff
-- read no bid's price, commitments, points or ranking; a bidder always reads its own.
alter table solicitation add column opened_at timestamp with time zone;

-- Solicitations whose submissions were already closed had their bids read openly from the close on: they count as
-- opened then. Those never closed (still open, or cancelled before the deadline) stay sealed.
update solicitation set opened_at = (select min(a.occurred_at) from audit_event a
        where a.subject_type = 'solicitation' and a.subject_id = solicitation.id and a.action = 'CLOSED')
    where status <> 'DRAFT';
