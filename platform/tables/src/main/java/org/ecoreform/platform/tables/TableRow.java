package org.ecoreform.platform.tables;

import java.util.List;

/**
 * One row of a submitted table, whatever its form (tab-separated text, CSV, a spreadsheet): its
 * cells, stripped, and where it stands in the source — the 1-based line of the text, the CSV line
 * the record starts on, or the spreadsheet's row number.
 */
public record TableRow(int line, List<String> cells) {

    public TableRow {
        cells = cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
    }

    /** The cell at {@code index}; empty when the row is shorter (trailing blanks are often dropped). */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** Index of the last non-empty cell + 1. */
    public int width() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isEmpty()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The row as one line of text (report excerpts). */
    public String text() {
        return String.join("\t", cells.subList(0, width()));
    }
}
