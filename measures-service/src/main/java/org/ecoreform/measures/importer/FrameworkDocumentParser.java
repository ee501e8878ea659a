package org.ecoreform.measures.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 2015 overall reform plan (生态文明体制改革总体方案): its ten numbered sections (一、…十、)
 * and its 56 numbered articles (（一）…（五十六）). Sections 二 to 九 are the eight institutional
 * systems, {@code F2015-S1} … {@code F2015-S8} in document order; an article's heading is its first
 * sentence, its text everything up to the next article or section.
 */
public final class FrameworkDocumentParser {

    public static final String FRAMEWORK_ID = "F2015";
    public static final String SYSTEM_NAMES = "reference/framework-systems-en.tsv";
    private static final Pattern SECTION = Pattern.compile("^\\s*([一二三四五六七八九十]{1,3})、\\s*(\\S.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^\\s*（([一二三四五六七八九十]{1,4})）\\s*(.*)$");
    private static final int FIRST_SYSTEM_SECTION = 2;
    private static final int LAST_SYSTEM_SECTION = 9;

    private FrameworkDocumentParser() {}

    /** The systems' English names (reference/framework-systems-en.tsv), keyed by their Chinese heading. */
    public static Map<String, String> systemNamesEn() {
        Map<String, String> names = new HashMap<>();
        for (String[] row : ReferenceTable.rows(SYSTEM_NAMES, 2)) {
            names.put(row[0], row[1]);
        }
        return names;
    }

    public static ParsedFramework parse(String text, String sourceFile, Map<String, String> systemNamesEn) {
        List<String> lines = text.lines().toList();
        String title = lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElseThrow(() -> new CatalogueFormatException("the framework document is empty"));
        List<ParsedFramework.Section> sections = new ArrayList<>();
        List<ArticleBuilder> articles = new ArrayList<>();
        ParsedFramework.Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher section = SECTION.matcher(line);
            Matcher article = ARTICLE.matcher(line);
            if (section.matches()) {
                int ordinal = ChineseNumerals.parse(section.group(1));
                if (ordinal != sections.size() + 1) {
                    throw new CatalogueFormatException(
                            "section " + section.group(1) + " on line " + (i + 1) + " is out of order");
                }
                String heading = section.group(2).strip();
                String systemId = ordinal >= FIRST_SYSTEM_SECTION && ordinal <= LAST_SYSTEM_SECTION
                        ? FRAMEWORK_ID + "-S" + (ordinal - FIRST_SYSTEM_SECTION + 1)
                        : null;
                String english = systemId == null ? null : systemNamesEn.get(heading);
                if (systemId != null && english == null) {
                    throw new CatalogueFormatException(
                            "no English name for the system " + heading + " in " + SYSTEM_NAMES);
                }
                current = new ParsedFramework.Section(ordinal, section.group(1), heading, systemId, english, i + 1);
                sections.add(current);
            } else if (article.matches()) {
                int number = ChineseNumerals.parse(article.group(1));
                if (number != articles.size() + 1) {
                    throw new CatalogueFormatException(
                            "article （" + article.group(1) + "） on line " + (i + 1) + " is out of order");
                }
                if (current == null) {
                    throw new CatalogueFormatException("article on line " + (i + 1) + " comes before any section");
                }
                articles.add(
                        new ArticleBuilder(number, current, article.group(2).strip(), i + 1));
            } else if (!articles.isEmpty() && !line.isBlank() && articles.get(articles.size() - 1).section == current) {
                articles.get(articles.size() - 1).more(line.strip());
            }
        }
        return new ParsedFramework(
                FRAMEWORK_ID,
                title,
                sourceFile,
                sections,
                articles.stream().map(ArticleBuilder::build).toList());
    }

    private static final class ArticleBuilder {
        private final int number;
        private final ParsedFramework.Section section;
        private final StringBuilder text;
        private final int line;

        ArticleBuilder(int number, ParsedFramework.Section section, String firstLine, int line) {
            this.number = number;
            this.section = section;
            this.text = new StringBuilder(firstLine);
            this.line = line;
        }

        void more(String line) {
            text.append('\n').append(line);
        }

        ParsedFramework.Article build() {
            String full = text.toString();
            String firstLine = full.lines().findFirst().orElse("");
            int stop = firstLine.indexOf('。');
            // a heading line without a full stop (（二）生态文明体制改革的理念) is the heading itself
            String heading = stop >= 0 ? firstLine.substring(0, stop) : firstLine;
            return new ParsedFramework.Article(
                    String.format("%s-A%02d", FRAMEWORK_ID, number),
                    number,
                    heading.strip(),
                    full,
                    section.ordinal(),
                    section.systemId(),
                    line);
        }
    }
}
