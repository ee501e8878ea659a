-- A published value follows the targets: loaded before a plan that names its indicator and scope,
-- it moves to that plan's indicator. The observation it was stays, readable, pointing at where it went.
alter table observation add column moved_to varchar(120);
alter table observation add column moved_from varchar(120);
