-- Whether cash paid above the committed base makes up a fringe shortfall, per standard version and carried into each
-- contract version. Rows written before the setting existed keep base and fringe apart, as they were checked.
alter table standard_version add column cash_above_base_makes_up_fringe boolean default false not null;
alter table contract_version add column cash_above_base_makes_up_fringe boolean default false not null;
