package org.ecoreform.adoption.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a submitted table into rows: tab-separated text, CSV (RFC 4180, UTF-8) or an .xlsx workbook's first sheet. */
public final class TableReader {

    /** The form a table was submitted in. */
    public enum Format {
        TEXT, CSV, XLSX;

        /** An .xlsx workbook is a ZIP archive; anything else is read as CSV text. */
        public static Format ofUpload(byte[] content) {
            return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4 ? XLSX : CSV;
        }
    }

    private static final DataFormatter CELL_TEXT = new DataFormatter(java.util.Locale.ROOT);

    private TableReader() {
    }

    public static List<TableRow> read(Format format, byte[] content) {
        return switch (format) {
            case TEXT -> text(utf8(content));
            case CSV -> csv(utf8(content));
            case XLSX -> xlsx(content);
        };
    }

    /** One row per line, cells separated by tabs (a table pasted from a gazette). */
    public static List<TableRow> text(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<TableRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new TableRow(i + 1, Arrays.asList(lines.get(i).split("\t", -1))));
        }
        return rows;
    }

    /** RFC 4180 CSV; a cell may hold commas, quotes and line breaks. */
    public static List<TableRow> csv(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(withoutBom), format)) {
            List<TableRow> rows = new ArrayList<>();
            long line = 1;
            for (CSVRecord record : parser) {
                rows.add(new TableRow((int) line, record.toList()));
                line = parser.getCurrentLineNumber() + 1;
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableTableException("not readable as CSV: " + e.getMessage(), e);
        }
    }

    /** The first sheet of an .xlsx workbook; dates as yyyy-MM-dd, numbers as shown. */
    public static List<TableRow> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableTableException("the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
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

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTableException("the table is not UTF-8 text (save the CSV as UTF-8)", e);
        }
    }
}
