-- A withholding is taken once from one payment to the contractor: its payment reference is unique in the case's ledger
-- (only WITHHELD entries carry one; other entries leave it null, which the index does not compare). A repeat already
-- stored (the same request sent twice before this rule) keeps its money and gets its reference marked as a repeat of
-- the first entry, for the auditor to release.
update case_ledger_entry e set payment_reference = left(e.payment_reference, 160) || ' (repeat of entry '
        || cast((select min(f.id) from case_ledger_entry f where f.case_id = e.case_id
                 and f.payment_reference = e.payment_reference) as varchar(20)) || ', entry '
        || cast(e.id as varchar(20)) || ')'
    where e.payment_reference is not null
      and exists (select 1 from case_ledger_entry f where f.case_id = e.case_id
                  and f.payment_reference = e.payment_reference and f.id < e.id);
create unique index ux_case_ledger_withheld_reference on case_ledger_entry (case_id, payment_reference);
