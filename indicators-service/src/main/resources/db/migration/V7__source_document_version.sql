-- Plan documents are announced on ecoreform.source-documents.v1; those stored before (version 0) are announced once at start.
alter table source_document add column version bigint not null default 0;
