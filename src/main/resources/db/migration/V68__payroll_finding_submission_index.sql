-- A payroll's check counts the payroll's open findings, and a correction supersedes the findings of the payroll it
-- replaces: both look findings up by their payroll, which no index served (PostgreSQL read every finding of every
-- contract for each of them; the benchmark's --explain).
create index ix_payroll_finding_submission on payroll_finding (submission_id, status);
