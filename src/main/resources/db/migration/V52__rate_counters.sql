-- Counters of the rate limits and sign-in delays, shared by every node (they were in each node's memory before): one
-- row per scope, client (a keyed hash, never an address) and fixed window, counted up by one atomic statement and
-- deleted once expired. subject groups the rows of one account (its keyed hash) so an administrator's unlock can
-- forget them all.
create table rate_counter (
    scope        varchar(40)              not null,
    key_hash     varchar(64)              not null,
    window_start timestamp with time zone not null,
    hits         integer                  not null,
    last_hit     timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    subject      varchar(64),
    constraint pk_rate_counter primary key (scope, key_hash, window_start)
);
create index ix_rate_counter_expires on rate_counter (expires_at);
create index ix_rate_counter_subject on rate_counter (subject);
