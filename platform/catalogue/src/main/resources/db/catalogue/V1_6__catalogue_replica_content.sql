-- The replica keeps each measure's text and the list's document and date (plan tasks are matched on
-- the text; a measure proven in a province is evidence dated by the list). Rows replicated before
-- lack them: the replica is emptied and its offsets of the measures topic forgotten, so it reads
-- the compacted topic again from the start (as a rebuild does).
alter table catalogue_measure add column if not exists content text;
alter table catalogue_measure add column if not exists provenance_document text;
alter table catalogue_measure add column if not exists provenance_date date;
delete from catalogue_measure;
delete from replica_offset where topic like '%measures%';
