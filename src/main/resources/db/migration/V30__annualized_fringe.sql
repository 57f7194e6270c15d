-- A fringe plan that pays for all of a worker's work (29 CFR 5.25(c)(1)): its contribution per covered worker, how
-- often it is paid, the worker's hours in a year on all work (public and private) and the covered worker. The hourly
-- credit Highroad computes from them is kept in hourly_credit. Plans paid per hour leave these empty.
alter table compliance_statement_plan add column contribution numeric(10, 2);
alter table compliance_statement_plan add column contribution_period varchar(20);
alter table compliance_statement_plan add column annual_hours_all_work numeric(6, 2);
alter table compliance_statement_plan add column worker_ref varchar(20);
