-- A standard version is adopted through the standardVersionAdoption process: proposed by one administrator,
-- adopted or returned by another (four eyes). Only adopted versions are in force and may be pinned.
alter table standard_version add column adoption_status varchar(20) default 'DRAFT' not null;
alter table standard_version add column proposed_by varchar(100);
alter table standard_version add column proposed_at timestamp with time zone;
alter table standard_version add column decided_by varchar(100);
alter table standard_version add column decided_at timestamp with time zone;
alter table standard_version add column decision_comment varchar(2000);
