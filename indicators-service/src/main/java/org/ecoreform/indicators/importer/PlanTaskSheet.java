package org.ecoreform.indicators.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoreform.platform.tables.HeadedColumn;
import org.ecoreform.platform.tables.HeadedSheet;

/**
 * The plan tasks' sheet of a province's year-end workbook: one row per task of its pilot plan with
 * where it stands, and empty columns for the completion (day, what was done, the document). Written
 * as .xlsx; read back from an upload (.xlsx at this sheet, or CSV with its header).
 */
public final class PlanTaskSheet {

    /** The sheet's name in the workbook (the gateway puts it beside the records' sheet). */
    public static final String SHEET = "方案任务 plan tasks";

    /** The columns, headed in Chinese and English (the header is what the upload is read by). */
    public enum Column implements HeadedColumn {
        TASK("任务编号 task"),
        VERSION("版本 version"),
        DUE_YEAR("到期年份 due year"),
        SECTION("章节 section"),
        TEXT("任务 task text"),
        STATUS("现状 status"),
        DONE_ON("完成日期 done on"),
        NARRATIVE("完成情况 what was done"),
        DOCUMENT_NUMBER("依据文号 document number"),
        URL("依据网址 document url");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    /** The columns an upload cannot be read without. */
    private static final List<Column> REQUIRED = List.of(Column.TASK, Column.DONE_ON, Column.NARRATIVE);

    /** A task as the sheet shows it. */
    public record TaskRow(String task, long version, int dueYear, String section, String text, String status) {}

    private PlanTaskSheet() {}

    /** A workbook of this one sheet. */
    public static byte[] workbook(List<TaskRow> tasks) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = HeadedSheet.create(
                    workbook,
                    SHEET,
                    Column.class,
                    c -> c == Column.TEXT || c == Column.NARRATIVE ? 60 : c == Column.TASK ? 26 : 16);
            for (int i = 0; i < tasks.size(); i++) {
                TaskRow task = tasks.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(Column.TASK.ordinal()).setCellValue(task.task());
                row.createCell(Column.VERSION.ordinal()).setCellValue(String.valueOf(task.version()));
                row.createCell(Column.DUE_YEAR.ordinal()).setCellValue(String.valueOf(task.dueYear()));
                row.createCell(Column.SECTION.ordinal()).setCellValue(task.section() == null ? "" : task.section());
                row.createCell(Column.TEXT.ordinal()).setCellValue(task.text());
                row.createCell(Column.STATUS.ordinal()).setCellValue(task.status());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled rows of an upload; a header without a needed column makes the file unreadable, naming it. */
    public static List<HeadedSheet.Filled<Column>> read(byte[] upload) {
        return HeadedSheet.read(
                upload,
                SHEET,
                Column.class,
                REQUIRED,
                "download the workbook again (GET /api/v1/provinces/{code}/progress-workbook)");
    }

    /** Nothing written in the completion's columns. */
    public static boolean reportsNothing(HeadedSheet.Filled<Column> row) {
        return List.of(Column.DONE_ON, Column.NARRATIVE, Column.DOCUMENT_NUMBER, Column.URL).stream()
                .allMatch(c -> row.get(c).isEmpty());
    }
}
