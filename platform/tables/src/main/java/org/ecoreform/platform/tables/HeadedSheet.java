package org.ecoreform.platform.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A sheet with a header row naming its columns: written for download with the header in bold and
 * frozen, and read back from an upload (.xlsx at the sheet of that name, else the first; or UTF-8
 * CSV) with each column found by its header, in whatever order the person left them.
 */
public final class HeadedSheet {

    /** A row of an upload: its line in the sheet and its cells by column ("" when blank or absent). */
    public record Filled<C extends Enum<C>>(int line, Map<C, String> cells) {

        public String get(C column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    private HeadedSheet() {}

    /** A new sheet of {@code workbook} with the columns' headers in its first row, bold and frozen. */
    public static <C extends Enum<C> & HeadedColumn> Sheet create(
            Workbook workbook, String name, Class<C> columns, ToIntFunction<C> widthInCharacters) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (C column : columns.getEnumConstants()) {
            header.createCell(column.ordinal()).setCellValue(column.header());
            header.getCell(column.ordinal()).setCellStyle(bold);
            sheet.setColumnWidth(column.ordinal(), widthInCharacters.applyAsInt(column) * 256);
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    /**
     * The rows below the header of an upload, blank rows left out. A header without one of the
     * {@code required} columns makes the whole file unreadable, naming them and {@code whereToGetIt}.
     */
    public static <C extends Enum<C> & HeadedColumn> List<Filled<C>> read(
            byte[] upload, String sheetName, Class<C> columns, List<C> required, String whereToGetIt) {
        List<TableRow> table = TableReader.read(TableReader.Format.ofUpload(upload), upload, sheetName);
        int headerAt = 0;
        while (headerAt < table.size() && table.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == table.size()) {
            throw new UnreadableTableException("the file has no header row");
        }
        Map<C, Integer> positions = new EnumMap<>(columns);
        TableRow header = table.get(headerAt);
        for (int i = 0; i < header.width(); i++) {
            String name = header.cell(i);
            int index = i;
            Arrays.stream(columns.getEnumConstants())
                    .filter(c -> c.header().equals(name))
                    .findFirst()
                    .ifPresent(c -> positions.putIfAbsent(c, index)); // the first of two alike columns counts
        }
        List<String> missing = required.stream()
                .filter(c -> !positions.containsKey(c))
                .map(HeadedColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new UnreadableTableException("the header lacks the columns " + missing + "; " + whereToGetIt);
        }
        List<Filled<C>> rows = new ArrayList<>();
        for (TableRow row : table.subList(headerAt + 1, table.size())) {
            if (row.isBlank()) {
                continue;
            }
            Map<C, String> cells = new EnumMap<>(columns);
            positions.forEach((column, index) -> cells.put(column, row.cell(index)));
            rows.add(new Filled<>(row.line(), cells));
        }
        return rows;
    }
}
