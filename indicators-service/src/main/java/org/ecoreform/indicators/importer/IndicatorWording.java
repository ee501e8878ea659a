package org.ecoreform.indicators.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a target clause that name its indicator: those before the predicate (稳定在, 下降, a figure …), with
 * scope words (全省, 确保 …) and connectors left off; items sharing a head noun spelled out one by one.
 */
final class IndicatorWording {

    /** Where the predicate begins: what precedes it names the indicator. */
    private static final Pattern PREDICATE =
            Pattern.compile("分别|稳定在|保持在|提高到|扩大到|增加到|增至|达到|达(?!标)|降至|降到|控制在|不低于|不高于|不超过|不少于|守住|力争|进一步|显著|逐步|全覆盖"
                    + "|全面消除|基本消除|完全消除|消除|比\\d|较\\d|由\\d|从\\d|下降|降低|减少|提高|增加|\\d");
    /** Words that only say where or who, left off a proposed indicator's name. */
    private static final Pattern SCOPE_PREFIX = Pattern.compile("^(?:全省|全市|全区|全州|全县|全国|各地|我省|本省|省内|力争|确保|实现|使)+");

    private static final String CONNECTORS = "、,;和及与";
    /** 河流、湖泊、湿地面积: items of two to four characters before a head noun they share. */
    private static final Pattern SHARED_HEAD = Pattern.compile("((?:\\p{IsHan}{2,4}、)+)(\\p{IsHan}{2,4})(面积)");

    private IndicatorWording() {}

    /**
     * What a clause naming no known indicator is about: the words before its predicate, or, when it
     * opens with the predicate (守住耕地保有量…, 基本消除城市黑臭水体), the words after it.
     */
    static String subject(String text) {
        String rest = SCOPE_PREFIX.matcher(text).replaceFirst("");
        Matcher predicate = PREDICATE.matcher(rest);
        while (predicate.find() && predicate.start() == 0 && !Character.isDigit(rest.charAt(0))) {
            rest = rest.substring(predicate.end());
            predicate = PREDICATE.matcher(rest);
        }
        predicate.reset();
        String before = trim(predicate.find() ? rest.substring(0, predicate.start()) : rest);
        if (before.isEmpty()) {
            // verb first, figure, then what it is about: 守住1200万亩耕地
            Matcher figure = TargetClauseParser.FIGURE.matcher(rest);
            if (figure.find() && figure.start() == 0) {
                Matcher after = PREDICATE.matcher(rest.substring(figure.end()));
                String tail = rest.substring(figure.end());
                return trim(after.find() ? tail.substring(0, after.start()) : tail);
            }
        }
        return before;
    }

    /**
     * The words naming an indicator: from the end of the previous one (or the clause's start) to the
     * first predicate word after its phrase, scope words and connectors trimmed.
     */
    static String between(String text, int from, int phraseEnd, int nextMention) {
        Matcher predicate = PREDICATE.matcher(text);
        int end = predicate.find(phraseEnd) ? Math.min(predicate.start(), nextMention) : nextMention;
        if (end < phraseEnd) {
            end = phraseEnd;
        }
        return trim(text.substring(Math.min(from, end), end));
    }

    private static String trim(String words) {
        String trimmed = SCOPE_PREFIX.matcher(words.strip()).replaceFirst("");
        while (!trimmed.isEmpty()) {
            if (trimmed.endsWith("以及")) {
                trimmed = trimmed.substring(0, trimmed.length() - 2);
            } else if (CONNECTORS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            } else if (CONNECTORS.indexOf(trimmed.charAt(0)) >= 0) {
                trimmed = trimmed.substring(1);
            } else {
                break;
            }
        }
        return trimmed.strip();
    }

    /** 河流、湖泊、湿地面积逐步增加 → 河流面积、湖泊面积、湿地面积逐步增加. */
    static String withSharedHeadsSpelledOut(String clause) {
        Matcher shared = SHARED_HEAD.matcher(clause);
        StringBuilder out = new StringBuilder();
        while (shared.find()) {
            String head = shared.group(3);
            List<String> items = new ArrayList<>(List.of(shared.group(1).split("、")));
            items.add(shared.group(2));
            shared.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            String.join("、", items.stream().map(i -> i + head).toList())));
        }
        shared.appendTail(out);
        return out.toString();
    }
}
