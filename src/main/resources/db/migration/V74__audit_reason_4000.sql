-- A reason in the audit trail is kept whole (never shortened): it holds the longest reason a form or the API takes,
-- a site visit's notes (4000 characters).
alter table audit_event alter column reason set data type varchar(4000);
