-- The Statement of Compliance form's one-time token (kept only as its SHA-256, platform.validation.IdempotencyKey):
-- the same form sent twice (a double click on "File the updated statement", Back and send again) is the statement it
-- first filed, not a second one that replaces it at once in the history a contractor and an auditor read. NULL for
-- statements filed through the API and before this rule.
alter table compliance_statement add column form_token varchar(64);
create unique index ux_compliance_statement_form_token on compliance_statement (form_token);
