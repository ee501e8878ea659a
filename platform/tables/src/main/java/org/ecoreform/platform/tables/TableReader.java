package org.ecoreform.platform.tables;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a submitted table into rows: tab-separated text, CSV (RFC 4180, UTF-8) or an .xlsx workbook's
 * first sheet ({@link XlsxTable}, a class of its own so that POI is loaded only for a workbook).
 */
public final class TableReader {

    /** The form a table file was uploaded in (pasted text is read by {@link #text(String)}). */
    public enum Format {
        CSV,
        XLSX;

        /** An .xlsx workbook is a ZIP archive; anything else is read as CSV text. */
        public static Format ofUpload(byte[] content) {
            return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                    ? XLSX
                    : CSV;
        }
    }

    private TableReader() {}

    /** The table of an upload: CSV text, or a workbook's first sheet. */
    public static List<TableRow> read(Format format, byte[] content) {
        return read(format, content, null);
    }

    /** As {@link #read(Format, byte[])}, reading a workbook's sheet named {@code sheet} when it has one. */
    public static List<TableRow> read(Format format, byte[] content, String sheet) {
        return switch (format) {
            case CSV -> csv(utf8(content));
            case XLSX -> XlsxTable.sheet(content, sheet);
        };
    }

    /** One row per line, cells separated by tabs (a table pasted from a gazette). */
    public static List<TableRow> text(String text) {
        List<String> lines =
                text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<TableRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new TableRow(i + 1, Arrays.asList(lines.get(i).split("\t", -1))));
        }
        return rows;
    }

    /** RFC 4180 CSV; a cell may hold commas, quotes and line breaks. */
    public static List<TableRow> csv(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format =
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
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

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTableException("the table is not UTF-8 text (save the CSV as UTF-8)", e);
        }
    }
}
