package org.ecoreform.measures.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the NDRC notice that publishes the list of reform measures (e.g. 发改环资〔2020〕1793号):
 * the notice header, then a tab-separated table whose header row repeats on every printed page,
 * interrupted by category headings such as "九、绿色金融".
 */
public final class CatalogueDocumentParser {

    private static final String TABLE_HEADER = "名称\t具体内容\t来源\t指导部门";
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^\\S+〔(\\d{4})〕\\d+号$");
    private static final Pattern TITLE = Pattern.compile("《([^》]+)》");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern CATEGORY = Pattern.compile("^([一二三四五六七八九十]+)、(\\S.*)$");
    private static final Pattern MEASURE = Pattern.compile("^(\\d+)\\.\\s*(\\S.*)$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,]");

    private CatalogueDocumentParser() {}

    public static ParsedCatalogue parse(String text, String sourceFile) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String documentNumber = null;
        String listCode = null;
        String title = null;
        String issuer = null;
        LocalDate issuedOn = null;
        boolean inTable = false;
        List<ParsedCatalogue.CategoryRow> categories = new ArrayList<>();
        List<ParsedCatalogue.MeasureRow> measures = new ArrayList<>();
        String previousNonBlank = null;

        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!inTable) {
                Matcher number = DOCUMENT_NUMBER.matcher(line);
                Matcher titleMatch = TITLE.matcher(line);
                Matcher date = DATE.matcher(line);
                if (documentNumber == null && number.matches()) {
                    documentNumber = line;
                    listCode = "N" + number.group(1);
                } else if (title == null && titleMatch.find()) {
                    title = titleMatch.group(1);
                } else if (issuedOn == null && date.matches()) {
                    issuedOn = LocalDate.of(
                            Integer.parseInt(date.group(1)),
                            Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(3)));
                    issuer = previousNonBlank;
                } else if (lines[i].startsWith(TABLE_HEADER)) {
                    inTable = true;
                }
                previousNonBlank = line;
                continue;
            }
            if (lines[i].startsWith(TABLE_HEADER)) {
                continue; // the header row repeats on every printed page
            }
            String[] cells =
                    Arrays.stream(lines[i].split("\t", -1)).map(String::strip).toArray(String[]::new);
            Matcher category = CATEGORY.matcher(cells[0]);
            if (category.matches() && restBlank(cells)) {
                int ordinal = categories.size() + 1;
                if (chineseNumeral(category.group(1)) != ordinal) {
                    throw new CatalogueFormatException(
                            lineNo, "category heading " + category.group(1) + " out of order");
                }
                categories.add(new ParsedCatalogue.CategoryRow(
                        MeasureIds.categoryId(ordinal),
                        ordinal,
                        category.group(2).strip(),
                        lineNo));
                continue;
            }
            Matcher measure = MEASURE.matcher(cells[0]);
            if (!measure.matches()) {
                throw new CatalogueFormatException(
                        lineNo, "neither a category heading nor a numbered measure: " + abbreviate(line));
            }
            if (cells.length != 4 || Arrays.stream(cells).anyMatch(String::isEmpty)) {
                throw new CatalogueFormatException(
                        lineNo, "a measure needs four non-empty columns (名称, 具体内容, 来源, 指导部门)");
            }
            if (categories.isEmpty()) {
                throw new CatalogueFormatException(lineNo, "measure before the first category heading");
            }
            int number = Integer.parseInt(measure.group(1));
            if (number != measures.size() + 1) {
                throw new CatalogueFormatException(
                        lineNo, "measure " + number + " where " + (measures.size() + 1) + " was expected");
            }
            measures.add(new ParsedCatalogue.MeasureRow(
                    number,
                    categories.get(categories.size() - 1).id(),
                    measure.group(2).strip(),
                    cells[1],
                    splitWords(cells[2]),
                    splitList(cells[3]),
                    lineNo));
        }
        if (documentNumber == null || title == null || issuedOn == null) {
            throw new CatalogueFormatException("the notice header (document number, 《title》, date) was not found");
        }
        if (measures.isEmpty()) {
            throw new CatalogueFormatException("the document has no measure table");
        }
        ParsedCatalogue.ListHeader header =
                new ParsedCatalogue.ListHeader(listCode, documentNumber, title, issuer, issuedOn, sourceFile);
        return new ParsedCatalogue(header, List.copyOf(categories), List.copyOf(measures));
    }

    private static boolean restBlank(String[] cells) {
        return Arrays.stream(cells).skip(1).allMatch(String::isEmpty);
    }

    /** Source provinces are separated by spaces ("福建省 江西省"). */
    private static List<String> splitWords(String cell) {
        return Arrays.stream(cell.split("[\\s\\u3000]+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Departments are separated by the enumeration comma 、. */
    private static List<String> splitList(String cell) {
        return Arrays.stream(LIST_SEPARATOR.split(cell))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static int chineseNumeral(String numeral) {
        String digits = "一二三四五六七八九";
        if (numeral.equals("十")) {
            return 10;
        }
        if (numeral.startsWith("十")) {
            return 10 + digits.indexOf(numeral.charAt(1)) + 1;
        }
        if (numeral.length() == 1) {
            return digits.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = digits.indexOf(numeral.charAt(0)) + 1;
        int units = numeral.length() == 3 ? digits.indexOf(numeral.charAt(2)) + 1 : 0;
        return tens * 10 + units;
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
