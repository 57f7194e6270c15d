-- The paged lists read one page in their default order (docs/adr/0017-paged-lists.md): these indexes hold the rows in
-- that order, so a page is read from the index instead of sorting every row of the list first.
-- A contract's findings, by week then id (agency staff; a contractor's own use ix_payroll_finding_contract).
create index ix_payroll_finding_contract_week on payroll_finding (contract_id, week_ending, id);
-- The auditor's queue: open cases first, oldest first, then id.
create index ix_compliance_case_queue on compliance_case (status, opened_at, id);
-- The vendor registry, by legal name then id.
create index ix_vendor_legal_name on vendor (legal_name, id);
