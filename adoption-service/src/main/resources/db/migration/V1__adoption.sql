-- Province adoption plans and records (adoption-service owns this database alone).

-- Local replica of the catalogue, fed by ecoreform.measures.v1; never written by the API.
create table catalogue_measure (
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
create index catalogue_measure_category on catalogue_measure (category_id);

-- How far the replica has read each partition; written in the same transaction as the rows.
create table replica_offset (
    topic        varchar(200) not null,
    partition_no integer      not null,
    next_offset  bigint       not null,
    primary key (topic, partition_no)
);

create table adoption_plan (
    id              varchar(60)  primary key,
    province        char(6)      not null,
    issuing_body    text         not null,
    document_number varchar(200) not null unique,
    title           text         not null,
    issued_on       date         not null,
    source_file     varchar(200),
    created_at      timestamptz  not null,
    created_by      varchar(200) not null
);
create index adoption_plan_province on adoption_plan (province);

create table adoption_record (
    id                  varchar(80)  primary key,
    plan_id             varchar(60)  not null references adoption_plan (id),
    row_number          integer      not null,
    name                text         not null,
    scope               varchar(8)   not null,
    adopted_part        text,
    actions             text         not null,
    section             text,
    status              varchar(16)  not null,
    lock_version        bigint       not null, -- JPA optimistic lock; published version = lock_version + 1
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_document varchar(200) not null,
    provenance_file     varchar(200),
    provenance_line     integer,
    unique (plan_id, row_number)
);

create table adoption_record_measure (
    record_id   varchar(80)  not null references adoption_record (id),
    position    integer      not null,
    measure_id  varchar(24)  not null,
    match_score numeric(4, 3),
    primary key (record_id, position)
);
create index adoption_record_measure_id on adoption_record_measure (measure_id);

create table adoption_record_unit (
    record_id varchar(80) not null references adoption_record (id),
    position  integer     not null,
    unit      text        not null,
    primary key (record_id, position)
);

create table adoption_record_source (
    record_id     varchar(80) not null references adoption_record (id),
    position      integer     not null,
    province_code char(6)     not null,
    primary key (record_id, position)
);

create table adoption_milestone (
    record_id   varchar(80) not null references adoption_record (id),
    position    integer     not null,
    due_on      date        not null,
    description text        not null,
    done        boolean     not null,
    primary key (record_id, position)
);

-- Every status a record has had: who, when, why. Append-only.
create table adoption_status_change (
    id          bigint generated always as identity primary key,
    record_id   varchar(80)  not null references adoption_record (id),
    from_status varchar(16),
    to_status   varchar(16)  not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null,
    reason      text         not null
);
create index adoption_status_change_record on adoption_status_change (record_id, id);

create table import_report (
    id              uuid         primary key,
    plan_id         varchar(60),
    province        char(6)      not null,
    document_number varchar(200) not null,
    committed       boolean      not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    report          text         not null
);
create index import_report_plan on import_report (plan_id);
