-- A vendor's labor history also holds what Highroad's own compliance cases found. An entry written from a case names
-- the case, the contract, the payroll weeks it covers, the restitution owed and paid, the sanctions decided, and (for a
-- prime liable for its subcontractor's unpaid wages) the subcontractor. One entry per case and vendor: entry_key is
-- unique, so a case's outcome is recorded once however many steps report it. Manual entries keep entry_key null.
alter table labor_violation add column origin varchar(20) default 'MANUAL' not null;
alter table labor_violation add column case_id bigint;
alter table labor_violation add column contract_id bigint;
alter table labor_violation add column period_start date;
alter table labor_violation add column period_end date;
alter table labor_violation add column amount_owed numeric(14, 2);
alter table labor_violation add column amount_paid numeric(14, 2);
alter table labor_violation add column sanctions varchar(200);
alter table labor_violation add column liable_for_vendor_id bigint;
alter table labor_violation add column entry_key varchar(60);
create unique index ux_labor_violation_entry_key on labor_violation (entry_key);
create index ix_labor_violation_case on labor_violation (case_id);
