-- Failed sign-ins are slowed down, never answered with a lock a stranger could set (OWASP ASVS 4.0.3 V2.2.1). What
-- must outlive a restart and be shared by every node is kept here (platform.security.SignInThrottle):
--
-- The key of the keyed hashes below (HMAC-SHA256), made once by whichever node needs it first, unless
-- highroad.security.sign-in.secret sets one. One row, id 1: the primary key makes two nodes agree on the first.
create table sign_in_secret (
    id     smallint     not null primary key,
    secret varchar(100) not null
);

-- The clients an account has signed in from successfully, trusted until trusted_until: their sign-ins are never held
-- back by failures of other clients. A client is its network address (IPv6: its /64) or a browser's device cookie,
-- stored only as a keyed hash: an address is personal data (GDPR recital 30), and IPv4's 2^32 addresses would make a
-- plain hash reversible. One row per account and client.
create table sign_in_trust (
    account_id    varchar(255) not null,
    client_key    varchar(64)  not null,
    trusted_until timestamp with time zone not null,
    constraint pk_sign_in_trust primary key (account_id, client_key)
);
create index ix_sign_in_trust_until on sign_in_trust (trusted_until);

-- Failed sign-ins per account (keyed hash of the name tried, which may be no account at all) and minute, so that an
-- account's failures in the last hour are counted alike on every node (ASVS 4.0.3 V2.2.1: no more than 100 failed
-- attempts per hour on a single account). Rows older than the hour are deleted.
create table sign_in_failure (
    account_key  varchar(64) not null,
    minute_start timestamp with time zone not null,
    failures     integer     not null,
    constraint pk_sign_in_failure primary key (account_key, minute_start)
);
create index ix_sign_in_failure_minute on sign_in_failure (minute_start);
