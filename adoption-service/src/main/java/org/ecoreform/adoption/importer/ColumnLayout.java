package org.ecoreform.adoption.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoreform.platform.tables.TableRow;

/**
 * Where each column stands in a table, read from its header row: the columns found (whatever their
 * order), the header cells nobody reads (kept in the report), the required columns missing, and
 * how many cells the header spans (a row spanning more is misaligned).
 */
public record ColumnLayout(Map<NoticeColumn, Integer> positions, List<String> ignoredHeaders, int width) {

    public ColumnLayout {
        positions = Map.copyOf(positions);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    /**
     * The layout a row announces, if it looks like a header: it names 名称 (or a synonym) and at
     * least one other known column, each in a cell of its own. Prose never does.
     */
    public static Optional<ColumnLayout> announcedBy(TableRow row) {
        Map<NoticeColumn, Integer> positions = new EnumMap<>(NoticeColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            if (cell.isEmpty()) {
                continue;
            }
            Optional<NoticeColumn> column = NoticeColumn.named(cell);
            if (column.isPresent() && !positions.containsKey(column.get())) {
                positions.put(column.get(), i);
            } else {
                ignored.add(cell);
            }
        }
        if (!positions.containsKey(NoticeColumn.NAME) || positions.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ColumnLayout(positions, ignored, row.width()));
    }

    public boolean has(NoticeColumn column) {
        return positions.containsKey(column);
    }

    /** The row's cell of a column; empty when the table has no such column. */
    public String cell(TableRow row, NoticeColumn column) {
        Integer index = positions.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The required columns this header does not name. */
    public List<NoticeColumn> missing() {
        return Arrays.stream(NoticeColumn.values())
                .filter(NoticeColumn::required)
                .filter(c -> !has(c))
                .toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** What the report says about the header: which header went to which column, what was left. */
    public List<String> describe(TableRow header) {
        List<String> notes = new ArrayList<>();
        StringBuilder columns = new StringBuilder("columns read by their header:");
        positions.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> columns.append(' ')
                        .append(header.cell(e.getValue()))
                        .append(" → ")
                        .append(e.getKey().label())
                        .append(';'));
        notes.add(columns.substring(0, columns.length() - 1));
        ignoredHeaders.forEach(h -> notes.add("column " + h + " is not read"));
        if (!has(NoticeColumn.SOURCE)) {
            notes.add("no 来源 column: matching uses the names only");
        }
        return notes;
    }
}
