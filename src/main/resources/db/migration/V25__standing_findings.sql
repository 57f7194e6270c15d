-- A payroll finding is recorded once while it stands. The fingerprint says what a finding is about (for a workforce
-- share short to date: the contract, week and line, whichever payroll revealed it); standing_key holds it until the
-- finding is superseded (a correction payroll replaced the payroll it was found on, or an investigation's comparison
-- was restated against the payroll in force) and is then cleared. Unique, so a shortfall that still holds after a
-- correction is found again exactly once, and two checks recording the same line at the same moment record it once
-- (H2 and PostgreSQL both allow any number of NULLs in a unique index, which is what superseded findings hold).
alter table payroll_finding add column standing_key varchar(64);
update payroll_finding set standing_key = fingerprint where status <> 'SUPERSEDED';
alter table payroll_finding drop constraint uq_payroll_finding;
create unique index uq_payroll_finding_standing on payroll_finding (standing_key);
create index ix_payroll_finding_fingerprint on payroll_finding (fingerprint);

-- A finding superseded while its compliance case was open has left the case's review (ADR 0007): it is no longer
-- pending nor confirmed there. Findings superseded before this version still said PENDING or CONFIRMED in their case.
update case_finding set review = 'SUPERSEDED', reason = 'a correction payroll replaced the payroll it was found on',
        reviewed_by = 'highroad-workflow', reviewed_at = current_timestamp
    where review in ('PENDING', 'CONFIRMED')
        and finding_id in (select id from payroll_finding where status = 'SUPERSEDED');
