-- The event publication registry (Spring Modulith, ADR 0015): one row per event and listener that runs after the
-- publisher's commit, written in the publisher's transaction; completion_date is set once the listener has succeeded.
-- A row without it is an event still owed to its listener: republished at start-up and resubmitted on a schedule
-- (platform.operations.EventPublications). Completed rows are deleted after a retention.
-- Portable SQL (ADR 0003): VARCHAR without a length is unbounded on PostgreSQL and holds 1,000,000 characters on H2.
create table event_publication (
    id               uuid                     not null,
    listener_id      varchar                  not null,
    event_type       varchar                  not null,
    serialized_event varchar                  not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone,
    constraint pk_event_publication primary key (id)
);

-- the registry looks up incomplete publications (null completion date) and deletes completed ones by date
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_published on event_publication (publication_date);
