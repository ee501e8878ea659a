-- Plans are announced on ecoreform.adoption-plans.v1; those stored before (version 0) are announced once at start.
alter table adoption_plan add column version bigint not null default 0;
