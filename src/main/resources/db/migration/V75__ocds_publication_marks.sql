-- Open contracting data publishes only what changed (ADR 0031). A change that can alter a published stage marks its
-- subject (a solicitation, bid, contract, compliance case or payroll submission) in the transaction of the change:
-- one row per subject, its version raised by each later change. The publisher compiles the marked subjects'
-- solicitations and deletes a mark only at the version it read, so a change made while it compiled stays marked.
create table ocds_publication_mark (
    subject_type varchar(40)              not null,
    subject_id   bigint                   not null,
    version      bigint                   not null,
    marked_at    timestamp with time zone not null,
    constraint pk_ocds_publication_mark primary key (subject_type, subject_id)
);

-- Time changes a contract's implementation stage by itself (a report falls due and is missing): once a day one node
-- marks the contracts whose reporting calendar has a date in the days since the last sweep. The single row holds the
-- last day swept; the node whose conditional update moves it sweeps those days.
create table ocds_time_sweep (
    id            smallint not null,
    swept_through date     not null,
    constraint pk_ocds_time_sweep primary key (id)
);
insert into ocds_time_sweep (id, swept_through) values (1, current_date);
