package org.ecoreform.platform.csv;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they need it. A text cell
 * that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage
 * return) gets a leading apostrophe, so a downloaded file cannot run anything when opened;
 * numbers are written as they are.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    public CsvWriter(List<String> header) {
        row(header);
    }

    public CsvWriter row(List<?> cells) {
        out.append(line(cells));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One record with its line end. */
    public static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String quote(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof OffsetDateTime time
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                : cell.toString();
        if (cell instanceof CharSequence && startsLikeAFormula(text)) {
            text = "'" + text;
        }
        boolean needsQuotes =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
