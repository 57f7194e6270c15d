-- Apprenticeship programs, complete (29 CFR 5.5(a)(4)(i)):
-- the fringe a registered program sets per progression level, in percent of the journeyworker fringe (null: the full
-- fringe of the classification), and the registration number each apprentice row names (WH-347 Rev. January 2025).
alter table compliance_statement_level add column fringe_percent_of_journey numeric(5, 2);
alter table payroll_row add column apprentice_registration varchar(100);
