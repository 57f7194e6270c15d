-- An amendment filed from the contract page keeps the hash of the form's one-time token, unique per contract: the
-- same form sent twice (a double click, a resend after a lost answer) records one amendment, and the second send
-- finds it. Amendments sent through the API without a form keep none (NULLs do not collide).
alter table contract_version add column form_token_hash varchar(64);
create unique index ux_contract_version_form_token on contract_version (contract_id, form_token_hash);
