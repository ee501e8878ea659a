-- Plans submitted through POST /api/v1/target-imports: no shipped file, but a document number, an
-- issue date and the editor who committed them.
alter table source_document alter column file drop not null;
alter table source_document add column document_number text;
alter table source_document add column issued_on date;
alter table source_document add column imported_by text;
