-- The request form's one-time token (kept only as its SHA-256, platform.validation.IdempotencyKey): the same form
-- sent twice (a double click, Back and send again) is the request it first created, not a second one that would
-- reserve the budget again. NULL for requests drafted through the API without a key and for later versions.
alter table subsidy_request add column form_token varchar(64);
create unique index ux_subsidy_request_form_token on subsidy_request (form_token);
