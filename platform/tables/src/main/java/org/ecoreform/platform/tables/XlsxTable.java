package org.ecoreform.platform.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An .xlsx workbook read with Apache POI (loaded only when a workbook is uploaded). */
final class XlsxTable {

    private static final DataFormatter CELL_TEXT = new DataFormatter(Locale.ROOT);

    private XlsxTable() {}

    /**
     * The sheet named {@code preferred} of an .xlsx workbook, else its first (a workbook of several
     * parts is read by each reader at its own sheet); dates as yyyy-MM-dd, numbers as shown.
     */
    static List<TableRow> sheet(byte[] content, String preferred) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableTableException("the workbook has no sheet");
            }
            Sheet named = preferred == null ? null : workbook.getSheet(preferred);
            Sheet sheet = named != null ? named : workbook.getSheetAt(0);
            List<TableRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new TableRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableTableException unreadable) {
                throw unreadable;
            }
            throw new UnreadableTableException("not a readable .xlsx workbook", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return CELL_TEXT.formatCellValue(cell);
    }
}
