-- Known typos of the source documents: the text stays as published; the correction is noted beside it
-- and searched too.
create table measure_correction (
    measure_id varchar(24) not null references measure (id),
    position   integer     not null,
    published  text        not null,
    corrected  text        not null,
    note       text        not null,
    primary key (measure_id, position)
);
