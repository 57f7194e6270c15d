-- What a Statement of Compliance form (or an API request with its Idempotency-Key) sent, hashed (SHA-256), kept with
-- the statement it filed: the same form sent again with the same values is that statement; with other values it is a
-- conflict the contractor is told of, never a change dropped silently. NULL for statements filed before this column
-- and for those filed without a token.
alter table compliance_statement add column request_sha256 varchar(64);
