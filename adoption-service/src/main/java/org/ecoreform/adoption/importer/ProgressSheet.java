package org.ecoreform.adoption.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoreform.platform.tables.HeadedColumn;
import org.ecoreform.platform.tables.HeadedSheet;

/**
 * A province's progress workbook: one row per record with where it stands, and empty columns for
 * the next report (new status, effective date, narrative, up to three evidence documents). Written
 * for download as .xlsx; read back from the upload as .xlsx or CSV with the same header, each column
 * found by its header.
 */
public final class ProgressSheet {

    /** The sheet's name in the workbook (beside it, the gateway puts the plan tasks' sheet). */
    public static final String SHEET = "进展 progress";

    /** The columns, headed in Chinese and English (the header is what the upload is read by). */
    public enum Column implements HeadedColumn {
        RECORD("记录编号 record"),
        VERSION("版本 version"),
        MEASURES("措施 measures"),
        MEASURE_NAMES("措施名称 measure names"),
        STATUS("现状 current status"),
        SINCE("现状起始 since"),
        NEW_STATUS("新状态 new status"),
        EFFECTIVE_ON("生效日期 effective on"),
        NARRATIVE("进展说明 narrative"),
        EVIDENCE_1_NUMBER("依据1文号 evidence 1 number"),
        EVIDENCE_1_TITLE("依据1标题 evidence 1 title"),
        EVIDENCE_1_URL("依据1网址 evidence 1 url"),
        EVIDENCE_2_NUMBER("依据2文号 evidence 2 number"),
        EVIDENCE_2_TITLE("依据2标题 evidence 2 title"),
        EVIDENCE_2_URL("依据2网址 evidence 2 url"),
        EVIDENCE_3_NUMBER("依据3文号 evidence 3 number"),
        EVIDENCE_3_TITLE("依据3标题 evidence 3 title"),
        EVIDENCE_3_URL("依据3网址 evidence 3 url");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }

        /** The three columns of evidence document {@code n} (1–3): number, title, address. */
        public static List<Column> evidence(int n) {
            int first = EVIDENCE_1_NUMBER.ordinal() + 3 * (n - 1);
            return List.of(values()[first], values()[first + 1], values()[first + 2]);
        }
    }

    /** The columns an upload cannot be read without. */
    private static final List<Column> REQUIRED =
            List.of(Column.RECORD, Column.NEW_STATUS, Column.EFFECTIVE_ON, Column.NARRATIVE);

    /** A record as the workbook shows it. */
    public record RecordRow(
            String record, long version, String measures, String measureNames, String status, LocalDate since) {}

    /** A row of an upload: its line in the sheet and its cells by column ("" when blank or absent). */
    public record Filled(int line, Map<Column, String> cells) {

        public String get(Column column) {
            return cells.getOrDefault(column, "").strip();
        }

        /** Nothing written in the columns of the next report. */
        public boolean reportsNothing() {
            return Arrays.stream(Column.values())
                    .filter(c -> c.ordinal() >= Column.NEW_STATUS.ordinal())
                    .allMatch(c -> get(c).isEmpty());
        }
    }

    private ProgressSheet() {}

    /** The workbook of these records; the new status column offers the statuses to pick from. */
    public static byte[] workbook(List<RecordRow> rows, List<String> statuses) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = HeadedSheet.create(workbook, SHEET, Column.class, c -> c == Column.NARRATIVE ? 60 : 22);
            for (int i = 0; i < rows.size(); i++) {
                RecordRow record = rows.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(Column.RECORD.ordinal()).setCellValue(record.record());
                row.createCell(Column.VERSION.ordinal()).setCellValue(String.valueOf(record.version()));
                row.createCell(Column.MEASURES.ordinal()).setCellValue(record.measures());
                row.createCell(Column.MEASURE_NAMES.ordinal()).setCellValue(record.measureNames());
                row.createCell(Column.STATUS.ordinal()).setCellValue(record.status());
                row.createCell(Column.SINCE.ordinal())
                        .setCellValue(
                                record.since() == null ? "" : record.since().toString());
            }
            if (!rows.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(
                        helper.createExplicitListConstraint(statuses.toArray(String[]::new)),
                        new CellRangeAddressList(
                                1, rows.size(), Column.NEW_STATUS.ordinal(), Column.NEW_STATUS.ordinal()));
                sheet.addValidationData(choice);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of an upload (.xlsx, at this sheet or its first, or UTF-8 CSV) below its header, blank
     * rows left out; a header without a needed column makes the whole file unreadable, naming it.
     */
    public static List<Filled> read(byte[] upload) {
        return HeadedSheet.read(
                        upload,
                        SHEET,
                        Column.class,
                        REQUIRED,
                        "download the workbook again (GET /api/v1/provinces/{code}/progress-workbook)")
                .stream()
                .map(row -> new Filled(row.line(), row.cells()))
                .toList();
    }
}
