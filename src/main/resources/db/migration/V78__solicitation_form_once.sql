-- The new-solicitation form's one-time token (kept only as its SHA-256, platform.validation.IdempotencyKey): the same
-- form sent twice (a double click, Back and send again) is the draft it first created, not a second identical draft.
-- NULL for solicitations drafted through the API and before this column.
alter table solicitation add column form_token varchar(64);
create unique index ux_solicitation_form_token on solicitation (form_token);
