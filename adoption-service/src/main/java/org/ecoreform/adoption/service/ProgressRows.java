package org.ecoreform.adoption.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.adoption.importer.ProgressSheet;
import org.ecoreform.adoption.importer.ProgressSheet.Column;
import org.ecoreform.platform.errors.DomainError;

/** A workbook row as a progress report, and an input field's column, so a refusal names what the office sees. */
final class ProgressRows {

    private static final Pattern EVIDENCE = Pattern.compile("^evidence\\[(\\d+)]\\.(\\w+)");

    /** A cell that cannot be read, with its column. */
    static final class CellError extends RuntimeException {
        private final Column column;

        CellError(Column column, String message) {
            super(message);
            this.column = column;
        }

        Column column() {
            return column;
        }
    }

    private ProgressRows() {}

    /** The report the row writes; the new status defaults to the current one (a report of work going on). */
    static ProgressInput input(ProgressSheet.Filled row, String currentStatus) {
        String effective = row.get(Column.EFFECTIVE_ON);
        if (effective.isEmpty()) {
            throw new CellError(Column.EFFECTIVE_ON, "is required: the day the reported status took effect");
        }
        java.time.LocalDate effectiveOn = date(effective);
        if (effectiveOn == null) {
            throw new CellError(Column.EFFECTIVE_ON, "must be a date such as 2022-06-30");
        }
        if (row.get(Column.NARRATIVE).isEmpty()) {
            throw new CellError(Column.NARRATIVE, "is required: what was done");
        }
        String status = row.get(Column.NEW_STATUS).isEmpty() ? currentStatus : row.get(Column.NEW_STATUS);
        List<ProgressInput.EvidenceInput> evidence = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            List<Column> columns = Column.evidence(n);
            String number = row.get(columns.get(0));
            String title = row.get(columns.get(1));
            String url = row.get(columns.get(2));
            if (number.isEmpty() && title.isEmpty() && url.isEmpty()) {
                continue;
            }
            if (title.isEmpty()) {
                throw new CellError(columns.get(1), "is required for evidence document " + n);
            }
            evidence.add(new ProgressInput.EvidenceInput(
                    number.isEmpty() ? null : number, title, null, url.isEmpty() ? null : url, null, null));
        }
        return new ProgressInput(effectiveOn, status, row.get(Column.NARRATIVE), evidence, null);
    }

    /** The column of an input field ({@code effectiveOn}, {@code evidence[1].url} …). */
    static Column columnOf(String field) {
        if (field == null) {
            return Column.NEW_STATUS;
        }
        Matcher evidence = EVIDENCE.matcher(field);
        if (evidence.find()) {
            List<Column> columns = Column.evidence(Math.min(3, Integer.parseInt(evidence.group(1)) + 1));
            return switch (evidence.group(2)) {
                case "documentNumber" -> columns.get(0);
                case "url" -> columns.get(2);
                default -> columns.get(1);
            };
        }
        return switch (field) {
            case "effectiveOn" -> Column.EFFECTIVE_ON;
            case "narrative" -> Column.NARRATIVE;
            default -> Column.NEW_STATUS;
        };
    }

    /** The column a domain error is about: the version for a stale row, the record for one of another province. */
    static Column columnOf(String field, DomainError error) {
        if (error instanceof org.ecoreform.platform.errors.VersionMismatch) {
            return Column.VERSION;
        }
        if (error instanceof org.ecoreform.platform.errors.NotPermitted
                || error instanceof org.ecoreform.platform.errors.NotFound) {
            return Column.RECORD;
        }
        return columnOf(field);
    }

    /** A date cell: yyyy-MM-dd (a spreadsheet's date cell is read so too); null when it is none. */
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
