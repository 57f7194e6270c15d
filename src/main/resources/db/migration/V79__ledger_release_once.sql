-- A release of withholding is recorded once per form (or per Idempotency-Key the API is sent with): the key's SHA-256
-- is kept with the ledger entry it recorded, unique in the case's ledger. Entries recorded without one leave it null,
-- which the index does not compare.
alter table case_ledger_entry add column idempotency_key varchar(64);
create unique index ux_case_ledger_idempotency on case_ledger_entry (case_id, idempotency_key);
