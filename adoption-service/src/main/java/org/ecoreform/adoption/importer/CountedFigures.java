package org.ecoreform.adoption.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counted figures of a sentence: a number with a counting unit and the thing counted, as a
 * notice words them either way round — 示范基地50个 (thing, number, unit) or 36名律师及法学专家
 * (number, unit, thing), or a range of them (选择1—2个县: 1 to 2 个 县). Numbers that are not such a
 * figure (5G, 2小时) are returned as {@link Reading#unread()} with the reason, never dropped.
 */
public final class CountedFigures {

    /** A counted figure: 50 个 休闲农业和乡村旅游示范基地; {@code upTo} the upper end of a range (1—2个县), else null. */
    public record Figure(BigDecimal value, String unit, String what, BigDecimal upTo) {

        public Figure(BigDecimal value, String unit, String what) {
            this(value, unit, what, null);
        }
    }

    /** A number the reader could not take as a figure, and why. */
    public record Unread(String text, String reason) {}

    /** A figure found, with the phrase it stands in (between commas): 着力打造休闲农业和乡村旅游示范基地50个. */
    public record Found(Figure figure, String phrase) {}

    public record Reading(List<Found> found, List<Unread> unread) {

        public List<Figure> figures() {
            return found.stream().map(Found::figure).toList();
        }
    }

    private static final String UNITS = "个|条|家|处|座|所|项|名|人|户|村|县|区|部|批|支|公里|千米|万亩|亩|公顷|万元|亿元|万吨|吨|%|％";
    private static final Pattern NUMBER =
            Pattern.compile("(\\d+(?:\\.\\d+)?)(?:\\s*[—\\-~～至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(" + UNITS + ")?");
    /** The verbs and quantifiers that stand between a thing counted and what is said of it. */
    private static final Pattern LEADING =
            Pattern.compile(".*(?:打造|建设|推介|成立|设立|建成|建立|培育|创建|新增|组建|形成|共有|拥有|有|共|达到|选择|至少|由)");

    private static final Pattern TRAILING = Pattern.compile("(?:基本|全面|实现|建成|组成|开展|建立|完成|的|参与|以上).*");
    private static final String PHRASE_BREAK = "，,；;。：:";
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,、；;：:。（）()“”\"\\s]");

    private CountedFigures() {}

    public static Reading in(String sentence) {
        List<Found> found = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String number = m.group();
            if (isPartOfWord(sentence, m.start(), m.end())) {
                unread.add(
                        new Unread(around(sentence, m.start(), m.end()), "the number is part of a name, not a count"));
            } else if (isYear(sentence, m.end(), m.group(1))) {
                continue;
            } else if (m.group(3) == null) {
                unread.add(new Unread(around(sentence, m.start(), m.end()), "no counting unit after " + m.group(1)));
            } else {
                String unit = m.group(3).equals("％") ? "%" : m.group(3);
                String what = thingBefore(sentence, m.start());
                if (what.isEmpty()) {
                    what = thingAfter(sentence, m.end());
                }
                if (what.isEmpty()) {
                    unread.add(new Unread(
                            around(sentence, m.start(), m.end()), "no thing counted next to " + number.strip()));
                } else {
                    BigDecimal upTo = m.group(2) == null ? null : new BigDecimal(m.group(2));
                    found.add(new Found(
                            new Figure(new BigDecimal(m.group(1)), unit, what, upTo),
                            phrase(sentence, m.start(), m.end())));
                }
            }
        }
        return new Reading(found, unread);
    }

    /** 5G, 22+8, 11厅局: digits glued to Latin letters or a plus sign, or a count fused to a noun without a unit. */
    private static boolean isPartOfWord(String s, int start, int end) {
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        return Character.isLetter(before) && before < 0x80
                || Character.isLetter(after) && after < 0x80
                || before == '+'
                || after == '+';
    }

    /** Years and dates are the deadline reader's: 2023年, 2014年11月, 9月. */
    private static boolean isYear(String s, int end, String digits) {
        char after = end < s.length() ? s.charAt(end) : ' ';
        return after == '年'
                || after == '月'
                || after == '日'
                || digits.length() == 4 && !digits.contains(".") && after != '个';
    }

    private static String thingBefore(String s, int start) {
        int from = start;
        while (from > 0
                && !CLAUSE_BREAK.matcher(String.valueOf(s.charAt(from - 1))).matches()) {
            from--;
        }
        String segment = s.substring(from, start);
        Matcher lead = LEADING.matcher(segment);
        String thing = lead.lookingAt() ? segment.substring(lead.end()) : segment;
        return thing.length() > 30 ? "" : thing.strip();
    }

    private static String thingAfter(String s, int end) {
        int to = end;
        while (to < s.length()
                && !CLAUSE_BREAK.matcher(String.valueOf(s.charAt(to))).matches()) {
            to++;
        }
        String thing = TRAILING.matcher(s.substring(end, to)).replaceFirst("");
        return thing.length() > 30 ? "" : thing.strip();
    }

    private static String phrase(String s, int start, int end) {
        int from = start;
        while (from > 0 && PHRASE_BREAK.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < s.length() && PHRASE_BREAK.indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return s.substring(from, to).strip();
    }

    private static String around(String s, int start, int end) {
        return s.substring(Math.max(0, start - 8), Math.min(s.length(), end + 8));
    }
}
