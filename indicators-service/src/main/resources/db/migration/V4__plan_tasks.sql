-- The dated reform tasks of the plans (their key tasks, 重点任务): what, by when, where in the plan,
-- whether reported done, and the national measures each became.
create table plan_task (
    id                  varchar(60)  primary key, -- <province>-P<document>-<nn>
    source_document_id  bigint       not null references source_document (id),
    province            char(6)      not null,
    position            integer      not null,
    text                text         not null,
    due_year            integer      not null,
    yearly              boolean      not null, -- "2017年起每年…": due every year from due_year on
    section             varchar(60),
    topic               text,
    responsible_body    text,
    done_on             date,
    done_narrative      text,
    done_document       text,
    done_url            text,
    done_by             varchar(200),
    linked              boolean      not null, -- the catalogue was known when the links were last decided
    lock_version        bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_document varchar(400) not null,
    provenance_file     varchar(200),
    provenance_line     integer,
    unique (source_document_id, position)
);
create index plan_task_province on plan_task (province, due_year);

-- The measures a task became: matched with confidence, or decided by an editor.
create table plan_task_measure (
    task_id    varchar(60) not null references plan_task (id),
    position   integer     not null,
    measure_id varchar(24) not null,
    score      numeric(4, 3),
    basis      varchar(16) not null, -- matched | editor
    primary key (task_id, position)
);
create index plan_task_measure_id on plan_task_measure (measure_id);

-- Measures considered but not confident enough to link, best first.
create table plan_task_candidate (
    task_id    varchar(60) not null references plan_task (id),
    position   integer     not null,
    measure_id varchar(24) not null,
    score      numeric(4, 3) not null,
    primary key (task_id, position)
);

-- Editors' decisions, which every later linking keeps: link or unlink a measure.
create table plan_task_decision (
    task_id    varchar(60)  not null references plan_task (id),
    measure_id varchar(24)  not null,
    decision   varchar(8)   not null, -- link | unlink
    decided_by varchar(200) not null,
    decided_at timestamptz  not null,
    primary key (task_id, measure_id)
);
