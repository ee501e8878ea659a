package org.ecoreform.adoption.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a province's adoption table: tab-separated 名称 / 来源 / 落实措施 / 责任单位 rows under
 * Chinese-numbered section headings, with the header row repeated on every printed page (its third
 * column reads 落实措施, 落 实 措 施 or 措施). A gazette holds several documents; parsing can start
 * at a given document number.
 */
public final class NoticeTableParser {

    private static final Pattern HEADER_ROW = Pattern.compile("^名称\\t来源\\t.*\\t责任单位\\s*$");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、(\\S.*)$");
    private static final Pattern ROW = Pattern.compile("^(\\d+)[.．、]\\s*(\\S.*)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[、，,；;]");

    private NoticeTableParser() {
    }

    /** Parses the whole text as one notice (the API's import form). */
    public static ParsedNotice parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses the notice that starts at {@code documentNumber} (the last document of a gazette, say);
     * with null, the whole text.
     */
    public static ParsedNotice parse(String text, String documentNumber) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int start = 0;
        if (documentNumber != null) {
            start = indexOf(lines, documentNumber, 0);
            if (start < 0) {
                throw new IllegalArgumentException("document " + documentNumber + " not found in the text");
            }
        }
        ParsedNotice.Header header = header(lines, start, documentNumber);
        List<ParsedNotice.Row> rows = new ArrayList<>();
        List<ParsedNotice.RejectedRow> rejected = new ArrayList<>();
        String section = null;
        boolean inTable = false;
        for (int i = start; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (HEADER_ROW.matcher(raw).matches()) {
                inTable = true;
                continue;
            }
            if (!inTable) {
                continue;
            }
            String[] cells = Arrays.stream(raw.split("\t", -1)).map(String::strip).toArray(String[]::new);
            Matcher heading = SECTION.matcher(cells[0]);
            if (heading.matches() && Arrays.stream(cells).skip(1).allMatch(String::isEmpty)) {
                section = heading.group(1).strip();
                continue;
            }
            Matcher row = ROW.matcher(cells[0]);
            if (!row.matches()) {
                rejected.add(new ParsedNotice.RejectedRow(i + 1, abbreviate(line), "neither a section heading nor a numbered row"));
                continue;
            }
            if (cells.length != 4) {
                rejected.add(new ParsedNotice.RejectedRow(i + 1, abbreviate(line),
                        "expected 4 columns (名称, 来源, 落实措施, 责任单位), found " + cells.length));
                continue;
            }
            String name = HtmlText.clean(row.group(2));
            String actions = HtmlText.clean(cells[2]);
            List<String> units = Arrays.stream(UNIT_SEPARATOR.split(HtmlText.clean(cells[3])))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> sources = Arrays.stream(HtmlText.clean(cells[1]).split("[\\s\\u3000]+"))
                    .filter(s -> !s.isEmpty()).toList();
            if (name.isEmpty() || actions.isEmpty() || units.isEmpty()) {
                rejected.add(new ParsedNotice.RejectedRow(i + 1, abbreviate(line), "名称, 落实措施 and 责任单位 must not be empty"));
                continue;
            }
            rows.add(new ParsedNotice.Row(Integer.parseInt(row.group(1)), section, name, sources, actions, units, i + 1));
        }
        return new ParsedNotice(header, List.copyOf(rows), List.copyOf(rejected));
    }

    private static ParsedNotice.Header header(List<String> lines, int start, String documentNumber) {
        if (documentNumber == null) {
            return null;
        }
        String title = null;
        String issuer = null;
        for (int i = start - 1; i >= Math.max(0, start - 10); i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title == null && line.startsWith("关于")) {
                title = line;
            } else if (title != null) {
                issuer = line;
                break;
            }
        }
        LocalDate date = null;
        int tableStart = indexOfHeaderRow(lines, start);
        for (int i = start + 1; i < (tableStart < 0 ? lines.size() : tableStart); i++) {
            Matcher m = DATE.matcher(lines.get(i).strip());
            if (m.matches()) {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                break;
            }
        }
        return new ParsedNotice.Header(documentNumber, title, issuer, date);
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfHeaderRow(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (HEADER_ROW.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
