package org.ecoreform.platform.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks put together from the parts several services write: the sheets of one added to
 * another (text, the bold header, column widths, the frozen first row and column), and the names of
 * an upload's sheets, to send each part to the service that reads it.
 */
public final class WorkbookSheets {

    private static final DataFormatter CELL_TEXT = new DataFormatter(java.util.Locale.ROOT);

    private WorkbookSheets() {}

    /** The sheets' names of an .xlsx workbook, in order. */
    public static List<String> names(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTableException("not a readable .xlsx workbook", e);
        }
    }

    /** {@code base} with every sheet of {@code added} after its own. */
    public static byte[] append(byte[] base, byte[] added) {
        try (Workbook target = new XSSFWorkbook(new ByteArrayInputStream(base));
                Workbook source = new XSSFWorkbook(new ByteArrayInputStream(added));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = target.createCellStyle();
            Font font = target.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Sheet from : source) {
                copy(from, target.createSheet(from.getSheetName()), bold);
            }
            target.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Sheet from, Sheet to, CellStyle bold) {
        int widest = 0;
        for (Row row : from) {
            Row copy = to.createRow(row.getRowNum());
            for (Cell cell : row) {
                Cell written = copy.createCell(cell.getColumnIndex());
                written.setCellValue(CELL_TEXT.formatCellValue(cell));
                if (row.getRowNum() == 0) {
                    written.setCellStyle(bold);
                }
                widest = Math.max(widest, cell.getColumnIndex() + 1);
            }
        }
        for (int c = 0; c < widest; c++) {
            to.setColumnWidth(c, from.getColumnWidth(c));
        }
        if (from.getPaneInformation() != null && from.getPaneInformation().isFreezePane()) {
            to.createFreezePane(
                    from.getPaneInformation().getVerticalSplitPosition(),
                    from.getPaneInformation().getHorizontalSplitPosition());
        }
    }
}
