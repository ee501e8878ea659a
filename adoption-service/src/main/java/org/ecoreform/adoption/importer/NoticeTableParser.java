package org.ecoreform.adoption.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecoreform.platform.tables.TableReader;
import org.ecoreform.platform.tables.TableRow;
import org.ecoreform.platform.tables.UnreadableTableException;

/**
 * Parses a province's adoption table: rows under Chinese-numbered section headings, its columns
 * found by their header row whatever their order and wording ({@link NoticeColumn}), the header
 * repeated on every printed page. A gazette holds several documents; parsing can start at a given
 * document number. Rows are numbered by a 序号 column or by the number heading the name; a dated
 * 完成时限 becomes the row's due dates.
 */
public final class NoticeTableParser {

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、(\\S.*)$");
    /** A name headed by its row number: 1. 福林贷 (a name that merely starts with digits, 2030年…, is not). */
    private static final Pattern NUMBERED_NAME = Pattern.compile("^(\\d{1,6})[.．、]\\s*(\\S.*)$");

    private static final Pattern ORDINAL = Pattern.compile("^(\\d{1,6})[.．、]?$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[、，,；;]");

    private NoticeTableParser() {}

    /** Parses the whole text as one notice (the API's import form). */
    public static ParsedNotice parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses the notice that starts at {@code documentNumber} (the last document of a gazette, say);
     * with null, the whole text.
     */
    public static ParsedNotice parse(String text, String documentNumber) {
        List<TableRow> lines = TableReader.text(text);
        int start = 0;
        if (documentNumber != null) {
            start = indexOf(lines, documentNumber);
            if (start < 0) {
                throw new IllegalArgumentException("document " + documentNumber + " not found in the text");
            }
        }
        ParsedNotice table = parseTable(lines.subList(start, lines.size()));
        return new ParsedNotice(header(lines, start, documentNumber), table.rows(), table.rejected(), table.notes());
    }

    /**
     * Parses rows read from any form (text, CSV, spreadsheet). Rows before the first header row are
     * not part of the table.
     *
     * @throws UnreadableTableException when no row is a complete header, saying which columns the best candidate named
     */
    public static ParsedNotice parseTable(List<TableRow> table) {
        List<ParsedNotice.Row> rows = new ArrayList<>();
        List<ParsedNotice.RejectedRow> rejected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ColumnLayout layout = null;
        ColumnLayout incomplete = null;
        String section = null;
        for (TableRow row : table) {
            if (row.isBlank()) {
                continue;
            }
            Optional<ColumnLayout> header = ColumnLayout.announcedBy(row);
            if (header.isPresent()) {
                if (header.get().complete()) {
                    if (!header.get().equals(layout)) {
                        notes.addAll(header.get().describe(row));
                    }
                    layout = header.get();
                } else if (incomplete == null
                        || header.get().positions().size()
                                > incomplete.positions().size()) {
                    incomplete = header.get();
                }
                continue;
            }
            if (layout == null) {
                continue;
            }
            String heading = sectionHeading(row);
            if (heading != null) {
                section = heading;
                continue;
            }
            parseRow(row, layout, section, rows, rejected, notes);
        }
        if (layout == null) {
            throw new UnreadableTableException(unreadableHeader(incomplete));
        }
        return new ParsedNotice(null, List.copyOf(rows), List.copyOf(rejected), List.copyOf(notes));
    }

    private static void parseRow(
            TableRow row,
            ColumnLayout layout,
            String section,
            List<ParsedNotice.Row> rows,
            List<ParsedNotice.RejectedRow> rejected,
            List<String> notes) {
        if (row.width() > layout.width()) {
            rejected.add(new ParsedNotice.RejectedRow(
                    row.line(),
                    abbreviate(row.text()),
                    "expected " + layout.width() + " columns as in the header, found " + row.width()));
            return;
        }
        String nameCell = HtmlText.clean(layout.cell(row, NoticeColumn.NAME));
        Matcher numberedName = NUMBERED_NAME.matcher(nameCell);
        Integer number = null;
        String name = nameCell;
        if (numberedName.matches()) {
            number = Integer.parseInt(numberedName.group(1));
            name = numberedName.group(2).strip();
        }
        if (layout.has(NoticeColumn.NUMBER)) {
            Matcher ordinal = ORDINAL.matcher(layout.cell(row, NoticeColumn.NUMBER));
            number = ordinal.matches() ? Integer.valueOf(ordinal.group(1)) : null;
        }
        if (number == null) {
            rejected.add(new ParsedNotice.RejectedRow(
                    row.line(),
                    abbreviate(row.text()),
                    layout.has(NoticeColumn.NUMBER)
                            ? "序号 is not a number"
                            : "neither a section heading nor a numbered row"));
            return;
        }
        String actions = HtmlText.clean(layout.cell(row, NoticeColumn.ACTIONS));
        List<String> units = Arrays.stream(UNIT_SEPARATOR.split(HtmlText.clean(layout.cell(row, NoticeColumn.UNITS))))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> sources = Arrays.stream(
                        HtmlText.clean(layout.cell(row, NoticeColumn.SOURCE)).split("[\\s\\u3000、，,；;]+"))
                .filter(s -> !s.isEmpty())
                .toList();
        if (name.isEmpty() || actions.isEmpty() || units.isEmpty()) {
            rejected.add(new ParsedNotice.RejectedRow(
                    row.line(),
                    abbreviate(row.text()),
                    row.cells().size() < layout.width()
                            ? "expected " + layout.width() + " columns as in the header, found "
                                    + row.cells().size()
                            : "名称, 落实措施 and 责任单位 must not be empty"));
            return;
        }
        String deadline = HtmlText.clean(layout.cell(row, NoticeColumn.DEADLINE));
        List<LocalDate> dueDates = Deadlines.in(deadline);
        if (!deadline.isEmpty() && dueDates.isEmpty()) {
            notes.add("row " + number + " (line " + row.line() + "): 完成时限 '" + abbreviate(deadline)
                    + "' names no date, so no milestone");
        }
        rows.add(new ParsedNotice.Row(
                number,
                section,
                name,
                sources,
                actions,
                units,
                row.line(),
                deadline.isEmpty() ? null : deadline,
                dueDates));
    }

    /** The heading a row is, if it is one: 一、绿色金融 alone in its row. */
    private static String sectionHeading(TableRow row) {
        List<String> filled = row.cells().stream().filter(c -> !c.isEmpty()).toList();
        if (filled.size() != 1) {
            return null;
        }
        Matcher heading = SECTION.matcher(filled.get(0));
        return heading.matches() ? heading.group(1).strip() : null;
    }

    private static String unreadableHeader(ColumnLayout best) {
        String expected = Arrays.stream(NoticeColumn.values())
                .filter(NoticeColumn::required)
                .map(c -> c.label() + " (or "
                        + String.join(", ", c.headers().subList(1, c.headers().size())) + ")")
                .collect(Collectors.joining("; "));
        if (best == null) {
            return "no table header found: a header row names the columns " + expected;
        }
        String found = best.positions().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey().label())
                .collect(Collectors.joining(", "));
        String missing = best.missing().stream().map(NoticeColumn::label).collect(Collectors.joining(", "));
        return "the table's header names " + found + " but not " + missing + "; the columns needed are " + expected;
    }

    private static ParsedNotice.Header header(List<TableRow> lines, int start, String documentNumber) {
        if (documentNumber == null) {
            return null;
        }
        String title = null;
        String issuer = null;
        for (int i = start - 1; i >= Math.max(0, start - 10); i--) {
            String line = lines.get(i).text().strip();
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
            Matcher m = DATE.matcher(lines.get(i).text().strip());
            if (m.matches()) {
                date = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                break;
            }
        }
        return new ParsedNotice.Header(documentNumber, title, issuer, date);
    }

    private static int indexOf(List<TableRow> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfHeaderRow(List<TableRow> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (ColumnLayout.announcedBy(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
