-- Every measure placed in the framework: the system it serves, on what basis and how sure, and the
-- system each category serves; the matcher's links record the rule that made them.
alter table category add column system_id varchar(20);
alter table category add column system_why text;

alter table measure add column framework_system varchar(20);
alter table measure add column placement_basis varchar(16);
alter table measure add column placement_confidence varchar(8);
create index measure_framework_system on measure (framework_system);

alter table measure_article_link add column rule varchar(24);
update measure_article_link set rule = 'clear-best' where decided_by = 'reference-import' and status = 'linked';
