-- The administrator's page forms that start a standard version (a copy of a version, a preset loaded) carry a one-time
-- token, kept only as its SHA-256 (platform.validation.IdempotencyKey) with the version it started: the same form sent
-- twice (a double click, Back and send again) is the draft it first started, not a second draft. NULL for versions
-- started through the API and before this column.
alter table standard_version add column form_token varchar(64);
create unique index ux_standard_version_form_token on standard_version (form_token);
