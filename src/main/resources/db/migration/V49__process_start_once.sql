-- A process instance started by an event that a listener receives after the publisher's commit is started once per
-- process and start key, whatever the number of deliveries: the registry delivers an event again when its listener
-- failed or the node stopped before recording completion (ADR 0015). The start key is the instance's business key
-- where a business key starts one instance ever, or what tells two starts apart otherwise (a standard version proposed
-- again after it was returned: the version and the moment of the proposal). The row is written in the transaction that
-- starts the instance, so either both exist or neither does.
create table process_start (
    process_key varchar(100)             not null,
    start_key   varchar(255)             not null,
    started_at  timestamp with time zone not null,
    constraint pk_process_start primary key (process_key, start_key)
);
