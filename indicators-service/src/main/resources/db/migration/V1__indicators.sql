-- Indicators, targets and observations (indicators-service owns this database alone).

create table indicator (
    id                  varchar(60)  primary key,
    name_zh             text         not null,
    name_en             text         not null,
    unit                varchar(40),
    direction           varchar(8)   not null,
    theme               varchar(40)  not null,
    lock_version        bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_document varchar(200) not null,
    provenance_file     varchar(200),
    provenance_line     integer
);

-- Every plan document read, and whether it repeats one read before.
create table source_document (
    id           bigint generated always as identity primary key,
    file         varchar(200) not null,
    province     char(6)      not null,
    title        text         not null,
    figures      text         not null, -- the dated target figures, the document's fingerprint
    duplicate_of bigint references source_document (id),
    target_count integer      not null,
    imported_at  timestamptz  not null,
    unique (file, province)
);

create table target (
    id                  varchar(100) primary key,
    province            char(6)      not null,
    indicator_id        varchar(60)  not null references indicator (id),
    comparator          varchar(16)  not null,
    value               numeric(14, 4),
    unit                varchar(40),
    target_year         integer      not null,
    baseline_value      numeric(14, 4),
    baseline_year       integer,
    section             text,
    sentence            text,
    observed_at         timestamptz, -- last observation change, so the published state gets a new version
    lock_version        bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_document varchar(200) not null,
    provenance_file     varchar(200),
    provenance_line     integer
);
create index target_province_indicator on target (province, indicator_id);

create table observation (
    id                  varchar(100) primary key,
    province            char(6)      not null,
    indicator_id        varchar(60)  not null references indicator (id),
    period              integer      not null,
    lock_version        bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_document varchar(200) not null,
    provenance_file     varchar(200),
    provenance_line     integer,
    unique (province, indicator_id, period)
);

-- Every value an observation has had: a correction adds a revision, nothing is overwritten.
create table observation_revision (
    id             bigint generated always as identity primary key,
    observation_id varchar(100)   not null references observation (id),
    revision       integer        not null,
    value          numeric(14, 4) not null,
    status         varchar(16)    not null,
    source         text           not null,
    reported_by    varchar(200)   not null,
    recorded_at    timestamptz    not null,
    unique (observation_id, revision)
);
