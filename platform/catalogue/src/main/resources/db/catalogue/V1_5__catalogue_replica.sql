-- The local replica of the national catalogue (platform/catalogue), fed by ecoreform.measures.v1 and
-- never written by the API. Version 1.5, after the services' own V1: adoption-service's V1 created
-- these tables before the replica was shared (hence "if not exists"); a new database gets them here.
create table if not exists catalogue_measure (
    id               varchar(24) primary key,
    version          bigint      not null,
    list_code        varchar(20) not null,
    number           integer     not null,
    name             text        not null,
    category_id      varchar(8)  not null,
    category_name_zh text,
    category_name_en text,
    status           varchar(16) not null,
    source_provinces text        not null, -- comma-separated GB/T 2260 codes
    replicated_at    timestamptz not null
);
create index if not exists catalogue_measure_category on catalogue_measure (category_id);

-- How far the replica has read each partition; written in the same transaction as the rows.
create table if not exists replica_offset (
    topic        varchar(200) not null,
    partition_no integer      not null,
    next_offset  bigint       not null,
    primary key (topic, partition_no)
);
