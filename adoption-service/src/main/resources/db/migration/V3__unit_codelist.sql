-- Responsible units resolved to the codelist (reference/responsible-units.tsv): the name as written
-- stays; unit_id is the unit it names, null when unknown. Rows written before are resolved on start.
alter table adoption_record_unit add column unit_id varchar(40);
create index adoption_record_unit_id on adoption_record_unit (unit_id);
