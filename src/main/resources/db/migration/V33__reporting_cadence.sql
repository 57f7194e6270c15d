-- How often certified payroll is reported: per standard version, carried into each contract version's reporting
-- terms (legal review may adjust it). Versions stored before the setting existed report weekly, as they were checked.
alter table standard_version add column reporting_cadence varchar(20) default 'WEEKLY' not null;
alter table contract_version add column reporting_cadence varchar(20) default 'WEEKLY' not null;
alter table standard_version add constraint ck_standard_version_cadence
    check (reporting_cadence in ('WEEKLY', 'BIWEEKLY', 'SEMI_MONTHLY', 'MONTHLY', 'QUARTERLY'));
alter table contract_version add constraint ck_contract_version_cadence
    check (reporting_cadence in ('WEEKLY', 'BIWEEKLY', 'SEMI_MONTHLY', 'MONTHLY', 'QUARTERLY'));

-- The payroll calendar's periods: week_ending is the period's LAST day (a Saturday for weekly and biweekly periods,
-- the 15th or the month's last day for the others); period_start its first. Weekly rows start on the Sunday before.
alter table expected_payroll add column period_start date;
update expected_payroll set period_start = cast(week_ending - interval '6' day as date);
alter table expected_payroll alter column period_start set not null;

-- The REPORTING clause names the contract's reporting period; weekly it reads as version 1 did.
insert into clause_template (code, version_no, heading, body, created_by, created_at) values
('REPORTING', 2, 'Certified payroll, cure and remedies',
 'The Contractor and each subcontractor shall submit a certified payroll with a signed Statement of Compliance for every {{reportingPeriod}} in which work is performed, or a statement that no work was performed, within {{reportingDeadlineDays}} days after the {{reportingPeriod}} ends ({{reportingBasis}}). A finding of non-compliance may be cured within {{curePeriodBusinessDays}} business days of notice. Underpayments are restituted to each worker; amounts over ${{restitutionThreshold}} per worker are reported on a correction payroll. The Agency may withhold from payments the amounts needed to satisfy restitution (29 CFR 5.5(a)(2)) and may assess ${{finePerViolationPerDay}} per violation per day, up to {{fineCap}}. The prime contractor is responsible for its subcontractors'' compliance.',
 'highroad', current_timestamp);
