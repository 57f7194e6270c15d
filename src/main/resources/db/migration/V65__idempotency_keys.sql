-- A complaint or a case response sent again with the same Idempotency-Key (its answer was lost: the node died after
-- the commit, the connection broke) is the request already recorded, not a new one (platform.validation.IdempotencyKey).
-- The key is kept as its SHA-256; NULL for requests sent without one (both databases allow any number of NULLs in a
-- unique index).
alter table complaint_submission add column idempotency_key varchar(64);
create unique index ux_complaint_submission_idempotency on complaint_submission (idempotency_key);

alter table case_response add column idempotency_key varchar(64);
-- the SHA-256 of the request as first sent, so that the key sent again with another request is refused
alter table case_response add column request_sha256 varchar(64);
create unique index ux_case_response_idempotency on case_response (case_id, idempotency_key);
