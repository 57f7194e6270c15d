-- A payment to the contractor is withheld from once per case however its reference is typed: CHK-1 and chk-1 are one
-- payment. The reference stays as it was typed (the ledger shows it); beside it the reference as compared, its key:
-- white space (space, tab, line feed, vertical tab, form feed, carriage return) collapsed to one space, none at either
-- end, upper case (org.highroad.enforcement.ledger.LedgerEntry.Withheld#keyOf, the rule's one place in Java). The key of
-- the entries recorded before is filled here by the same steps, in SQL that reads alike on H2 and PostgreSQL: each kind
-- of white space made a space, runs of spaces halved eight times (a reference has at most 200 characters, and eight
-- halvings bring a run of 256 to one), trimmed, upper-cased.
alter table case_ledger_entry add column payment_reference_key varchar(400);
update case_ledger_entry set payment_reference_key = upper(trim(
        replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(payment_reference,
            chr(9), ' '), chr(10), ' '), chr(11), ' '), chr(12), ' '), chr(13), ' '),
        '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' ')))
    where payment_reference is not null;
-- Two withholdings already taken from one payment typed two ways (before this rule) both keep their money and their
-- reference as typed; the later one's key is marked as a repeat of the first, for the auditor to release.
update case_ledger_entry e set payment_reference_key = e.payment_reference_key || ' (REPEAT OF ENTRY '
        || cast((select min(f.id) from case_ledger_entry f where f.case_id = e.case_id
                 and f.payment_reference_key = e.payment_reference_key) as varchar(20)) || ', ENTRY '
        || cast(e.id as varchar(20)) || ')'
    where e.payment_reference_key is not null
      and exists (select 1 from case_ledger_entry f where f.case_id = e.case_id
                  and f.payment_reference_key = e.payment_reference_key and f.id < e.id);
drop index ux_case_ledger_withheld_reference;
create unique index ux_case_ledger_withheld_reference_key on case_ledger_entry (case_id, payment_reference_key);
