-- Shared chassis tables of every owning service (platform/persistence).

-- Transactional outbox: written in the same transaction as the state change it announces,
-- published to Kafka by OutboxRelay in id order, then marked published.
create table outbox_event (
    id                bigint generated always as identity primary key,
    event_id          uuid         not null unique,
    topic             varchar(200) not null,
    aggregate_type    varchar(100) not null,
    aggregate_id      varchar(200) not null,
    aggregate_version bigint       not null,
    event_type        varchar(200) not null,
    payload           text,        -- null is a tombstone (hard delete)
    occurred_at       timestamptz  not null,
    published_at      timestamptz,
    attempts          integer      not null default 0,
    last_error        varchar(1000)
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_aggregate on outbox_event (aggregate_type, aggregate_id, aggregate_version);

-- Idempotency-Key for POST creates: a retried request gets the first answer again.
create table idempotency_record (
    idempotency_key varchar(200) not null,
    principal       varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    location        varchar(500),
    body            text,
    created_at      timestamptz  not null,
    primary key (idempotency_key, principal)
);
