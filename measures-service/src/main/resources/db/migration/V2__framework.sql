-- The policy framework (the 2015 overall reform plan) and the links from measures to its articles.

create table framework (
    id          varchar(20)  primary key,
    title       text         not null,
    source_file varchar(200) not null,
    imported_at timestamptz  not null
);

-- the ten numbered sections; sections 二 … 九 are the eight institutional systems
create table framework_section (
    id              varchar(24) primary key, -- F2015-02: framework and ordinal
    framework_id    varchar(20) not null references framework (id),
    ordinal         integer     not null,
    numeral         varchar(8)  not null,
    heading         text        not null,
    system_id       varchar(20) unique,
    name_en         text,
    provenance_line integer     not null,
    unique (framework_id, ordinal)
);

create table framework_article (
    id              varchar(20) primary key,
    framework_id    varchar(20) not null references framework (id),
    number          integer     not null,
    heading         text        not null,
    text            text        not null,
    section_ordinal integer     not null,
    system_id       varchar(20),
    provenance_line integer     not null,
    unique (framework_id, number)
);
create index framework_article_system on framework_article (system_id);

-- a measure's links: made by the matcher (decided_by = reference-import, with its score) or by an
-- editor; an editor's removal stays as status 'removed' so that no later import links it again
create table measure_article_link (
    measure_id varchar(24)  not null references measure (id),
    position   integer      not null, -- links are never deleted (a removal is a status), so positions never shift
    article_id varchar(20)  not null references framework_article (id),
    score      numeric(5, 3),
    status     varchar(12)  not null,
    decided_by varchar(200) not null,
    decided_at timestamptz  not null,
    primary key (measure_id, position),
    unique (measure_id, article_id)
);
create index measure_article_link_article on measure_article_link (article_id);

-- the matcher's best candidates for each measure, for the link report
create table measure_article_candidate (
    measure_id varchar(24) not null references measure (id),
    rank       integer     not null,
    article_id varchar(20) not null references framework_article (id),
    score      numeric(5, 3) not null,
    primary key (measure_id, rank)
);
