-- What each piece of reference work last read (platform/persistence, ReferenceLoads): a start whose
-- inputs (documents, review files, settings, the code of the rules) give the same fingerprint
-- skips the work. One row per piece of work, replaced when the work runs again.
create table reference_fingerprint (
    work         varchar(100) primary key,  -- e.g. "catalogue", "plan-targets"
    fingerprint  char(64)     not null,     -- SHA-256 of the inputs, hexadecimal
    recorded_at  timestamptz  not null,     -- when the work that read them committed
    report       text         not null      -- what that run did, as it logged it
);
