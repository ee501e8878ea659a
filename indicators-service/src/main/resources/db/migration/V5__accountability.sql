-- The assessment and accountability institutions (system F2015-S8) per province: where each stands,
-- on which document, piloted where; seeded from what the plans state, kept as history.
create table accountability (
    id                  varchar(60)  primary key, -- <province>-<institution>
    province            char(6)      not null,
    institution         varchar(40)  not null,
    status              varchar(16)  not null, -- planned | piloting | established
    due_year            integer,
    lock_version        bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_document varchar(400) not null,
    provenance_file     varchar(200),
    provenance_line     integer,
    unique (province, institution)
);

create table accountability_place (
    accountability_id varchar(60) not null references accountability (id),
    position          integer     not null,
    place             text        not null,
    primary key (accountability_id, position)
);

-- Every status it had, on which day, on what document; append-only.
create table accountability_entry (
    id                bigint generated always as identity primary key,
    accountability_id varchar(60)  not null references accountability (id),
    status            varchar(16)  not null,
    effective_on      date,        -- null: a plan whose date is not known states it
    narrative         text         not null,
    document_number   text,
    document_title    text,
    issued_on         date,
    url               text,
    recorded_by       varchar(200) not null,
    recorded_at       timestamptz  not null
);
create index accountability_entry_record on accountability_entry (accountability_id, id);
