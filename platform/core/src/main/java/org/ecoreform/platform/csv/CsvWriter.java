package org.ecoreform.platform.csv;

import java.util.List;

/** RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they need it. */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    public CsvWriter(List<String> header) {
        row(header);
    }

    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String quote(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
