-- A services bid commits one lowest hourly wage for every covered worker instead of a rate per classification. The
-- contract version carries it, so payroll is checked against the promise and not against the wage floor alone.
-- Contracts drafted before this column stay as signed (null): their clauses never named the promise, and binding it
-- afterwards takes an amendment.
alter table contract_version add column lowest_hourly_wage numeric(8, 2);
