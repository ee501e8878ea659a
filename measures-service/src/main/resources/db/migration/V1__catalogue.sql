-- The measure catalogue (measures-service owns this database alone).

create table measure_list (
    code            varchar(20)  primary key,
    document_number varchar(100) not null unique,
    title           text         not null,
    issuer          text,
    issued_on       date         not null,
    source_file     varchar(200) not null,
    imported_at     timestamptz  not null
);

create table category (
    id              varchar(8)   primary key,
    list_code       varchar(20)  not null references measure_list (code),
    ordinal         integer      not null,
    name_zh         text         not null,
    name_en         text         not null,
    provenance_line integer      not null,
    unique (list_code, ordinal)
);

create table department (
    id      varchar(40) primary key,
    name_zh text        not null unique,
    name_en text        not null
);

create table department_alias (
    department_id varchar(40) not null references department (id),
    position      integer     not null,
    alias         text        not null unique,
    primary key (department_id, position)
);

create table province (
    code       char(6) primary key,
    name_zh    text    not null unique,
    name_en    text    not null,
    pilot_zone boolean not null default false
);

create table measure (
    id                  varchar(24)  primary key,
    list_code           varchar(20)  not null references measure_list (code),
    number              integer      not null,
    category_id         varchar(8)   not null references category (id),
    name                text         not null,
    content             text         not null,
    status              varchar(16)  not null,
    lock_version        bigint       not null, -- JPA optimistic lock; published version = lock_version + 1
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    retired_at          timestamptz,
    retirement_reason   text,
    provenance_document varchar(200) not null,
    provenance_file     varchar(200),
    provenance_line     integer,
    created_by          varchar(200) not null,
    updated_by          varchar(200) not null,
    unique (list_code, number)
);
create index measure_category on measure (category_id);

create table measure_source_province (
    measure_id    varchar(24) not null references measure (id),
    position      integer     not null,
    province_code char(6)     not null references province (code),
    primary key (measure_id, position)
);
create index measure_source_province_code on measure_source_province (province_code);

create table measure_department (
    measure_id    varchar(24) not null references measure (id),
    position      integer     not null,
    department_id varchar(40) not null references department (id),
    primary key (measure_id, position)
);
create index measure_department_id on measure_department (department_id);
