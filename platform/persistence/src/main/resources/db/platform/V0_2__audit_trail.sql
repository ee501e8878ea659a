-- Audit trail of every write (platform/persistence, AuditTrail): one row per state change,
-- written in the transaction of the change itself, next to its outbox row. Append-only: the API
-- has no way to change or delete a row.
create table audit_entry (
    id                bigint generated always as identity primary key,
    occurred_at       timestamptz  not null,
    actor             varchar(200) not null,   -- token subject, or "system" for imports and replication
    roles             varchar(500) not null,   -- comma-separated groups of the token
    province          varchar(6),              -- the token's province claim, if any
    request_id        varchar(100),            -- X-Request-Id of the HTTP request, if any
    request           varchar(500),            -- method and path, e.g. "PATCH /api/v1/measures/N2020-03"
    aggregate_type    varchar(100) not null,
    aggregate_id      varchar(200) not null,
    aggregate_version bigint       not null,
    action            varchar(20)  not null,   -- created, updated or deleted
    before_state      text,                    -- the state last announced before this change
    after_state       text                     -- the state announced by this change (null when deleted)
);
create index audit_entry_aggregate on audit_entry (aggregate_type, aggregate_id, id);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_request on audit_entry (request_id);

-- The request that caused an outbox event, relayed to Kafka as the CloudEvents extension requestid.
alter table outbox_event add column request_id varchar(100);
