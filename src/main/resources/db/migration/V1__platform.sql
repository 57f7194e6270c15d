-- Platform: small key/value settings (for instance, when demo data was loaded).
-- Portable SQL: the same migrations run on H2 (MODE=PostgreSQL) and on PostgreSQL.
create table app_setting (
    setting_key   varchar(100) primary key,
    setting_value varchar(1000) not null,
    updated_at    timestamp with time zone not null
);
