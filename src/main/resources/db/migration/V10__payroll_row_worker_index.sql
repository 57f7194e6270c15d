-- The checks read a payroll's rows back in worker order (PayrollChecks, PayrollUtilization): an index in that order
-- saves sorting a large payroll.
create index ix_payroll_row_worker on payroll_row (submission_id, worker_ref, position);
