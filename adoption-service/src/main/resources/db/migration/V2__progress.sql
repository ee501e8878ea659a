-- Progress reports: a record's history becomes what was done, when it took effect, on what evidence.
-- Entries stay append-only; a correction is a new entry naming the one it corrects.
alter table adoption_status_change rename to adoption_progress;
alter index adoption_status_change_record rename to adoption_progress_record;
alter table adoption_progress rename column changed_at to recorded_at;
alter table adoption_progress rename column changed_by to recorded_by;
alter table adoption_progress rename column reason to narrative;

-- The day the status took effect. Entries written before this column: an imported record's first
-- entry took effect on its notice's date, any other on the day it was recorded.
alter table adoption_progress add column effective_on date;
update adoption_progress e set effective_on = coalesce(
    (select p.issued_on from adoption_record r join adoption_plan p on p.id = r.plan_id
      where r.id = e.record_id and e.from_status is null and r.provenance_document <> 'api'),
    (e.recorded_at at time zone 'UTC')::date);
alter table adoption_progress alter column effective_on set not null;

-- Documents, dates, addresses and figures the entry rests on: a JSON array, written once.
alter table adoption_progress add column evidence text;
-- The entry this one corrects; an entry is corrected at most once (correct the correction instead).
alter table adoption_progress add column corrects bigint references adoption_progress (id);
create unique index adoption_progress_corrects on adoption_progress (corrects);
create index adoption_progress_effective on adoption_progress (record_id, effective_on, id);

-- Milestones read from a row's actions may be undated (打造示范基地50个) and carry a counted figure.
alter table adoption_milestone alter column due_on drop not null;
alter table adoption_milestone add column figure_value numeric(18, 4);
alter table adoption_milestone add column figure_unit varchar(20);
alter table adoption_milestone add column figure_what text;
