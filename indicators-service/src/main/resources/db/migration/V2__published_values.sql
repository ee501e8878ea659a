-- Observations loaded from what an official source published keep who published it, when, and the
-- wording as published (its scope words included); null for values reported through the API.
alter table observation_revision add column publisher text;
alter table observation_revision add column published_on varchar(10);
alter table observation_revision add column published_wording text;
