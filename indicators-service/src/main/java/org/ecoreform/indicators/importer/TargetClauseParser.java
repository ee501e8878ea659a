package org.ecoreform.indicators.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.indicators.domain.TargetComparator;

/**
 * Reads the targets one clause of a plan states (the clause already folded, its "到YYYY年" known).
 *
 * <p>Wording understood: levels (达到…以上, 保持在…以上, 稳定在…以上, 提高到…以上, 不低于, 守住 → at least;
 * 降至…以下, 控制在…以内, 不高于, 不超过 → at most), elimination (全面消除, 基本消除), full coverage
 * (全覆盖, 全部达到…标准 = 100 %), a level with a trailing direction clause (不高于30微克/立方米并力争进一步下降: the
 * level), a verb-first target (守住1200万亩耕地), figures glued to a Latin name left alone (PM2.5), changes
 * relative to a base year (比2015年下降10% → a 10 % decrease with base year
 * 2015, never a level of 10), a stated starting point (由2015年的60.5%提高到63% → baseline 60.5 in 2015),
 * direction only (力争进一步下降) and what cannot be measured (取得重要进展). Items sharing one head noun
 * (河流、湖泊、湿地面积逐步增加) are read as one indicator each (河流面积, 湖泊面积, 湿地面积). A clause naming several
 * indicators with one figure each ("分别") pairs them in order; figures that do not pair up are not guessed.
 *
 * <p>A clause that states a target of an indicator the codelist does not know is still reported,
 * with the indicator's wording and a proposed indicator of its own, never dropped.
 */
public final class TargetClauseParser {

    /** A target read from a clause; {@code proposedIndicator} is set when no known indicator was named. */
    public record Finding(
            String indicatorId,
            String wording,
            IndicatorCodelist.Definition proposedIndicator,
            TargetComparator comparator,
            BigDecimal value,
            String unit,
            BigDecimal baselineValue,
            Integer baselineYear) {}

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final String UNITS = "(%|个百分点|万公顷|万平方公里|平方公里|万亩|亿立方米|万立方米|微克/立方米|亿吨标准煤|万吨标准煤|亿吨|万吨|吨|天|个)";
    private static final Pattern ANY_YEAR = Pattern.compile("\\d{4}年(?:底|末)?");
    /** A figure, not one glued to a Latin name (PM2.5, PM10). */
    static final Pattern FIGURE = Pattern.compile("(?<![A-Za-z0-9.])" + NUMBER + "\\s*" + UNITS + "?");
    /** 地级市全部达到…标准: every one of them, 100 %. */
    private static final Pattern ALL_OF_THEM = Pattern.compile("全部达到|全部达标|均达到|均达标");
    /** 比2015年下降10%, 较2015年提高2个百分点. */
    private static final Pattern RELATIVE =
            Pattern.compile("(?:比|较)(\\d{4})年(?:底|末)?(?:累计)?(下降|降低|减少|提高|增加|增长|上升)" + NUMBER + "\\s*(%|个百分点)");
    /** 由2015年的60.5%提高到…, 从2015年的39微克/立方米降至…. */
    private static final Pattern STARTING_POINT =
            Pattern.compile("(?:由|从)(\\d{4})年(?:底|末)?的?" + NUMBER + "\\s*" + UNITS + "?");

    private static final Pattern AT_MOST = Pattern.compile("以下|以内|降至|降到|不高于|不超过|控制在");
    private static final Pattern AT_LEAST = Pattern.compile("以上|不低于|达到|达|提高到|保持在|扩大到|稳定在|增加到|增至|守住|不少于");
    private static final Pattern FALLING = Pattern.compile("下降|降低|减少");
    private static final Pattern RISING = Pattern.compile("增加|提高|扩大|改善");
    private static final Pattern ELIMINATE = Pattern.compile("全面消除|完全消除|基本消除|消除");
    private final IndicatorCodelist codelist;

    public TargetClauseParser(IndicatorCodelist codelist) {
        this.codelist = codelist;
    }

    public List<Finding> parse(String clause) {
        String text = IndicatorWording.withSharedHeadsSpelledOut(clause.strip());
        BigDecimal baselineValue = null;
        Integer baselineYear = null;
        Matcher start = STARTING_POINT.matcher(text);
        String predicateText = text;
        if (start.find()) {
            baselineYear = Integer.parseInt(start.group(1));
            baselineValue = new BigDecimal(start.group(2));
            predicateText = predicateText.replace(start.group(), "|");
        }
        Matcher relative = RELATIVE.matcher(predicateText);
        boolean isRelative = relative.find();
        if (isRelative) {
            baselineYear = Integer.parseInt(relative.group(1));
            predicateText = predicateText.replace(relative.group(), "|");
        }
        List<IndicatorCodelist.Mention> mentions = codelist.mentionsIn(text);
        if (mentions.isEmpty()) {
            return unknownIndicator(text, predicateText, isRelative ? relative : null, baselineValue, baselineYear);
        }
        String predicate = ANY_YEAR.matcher(predicateText).replaceAll("");
        for (IndicatorCodelist.Mention mention : mentions) {
            predicate = predicate.replace(mention.phrase(), "|");
        }
        List<BigDecimal> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Matcher figure = FIGURE.matcher(predicate);
        while (figure.find()) {
            values.add(new BigDecimal(figure.group(1)));
            units.add(figure.group(2));
        }
        List<Finding> findings = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            IndicatorCodelist.Mention mention = mentions.get(m);
            IndicatorCodelist.Definition indicator = mention.indicator();
            int next = m + 1 < mentions.size() ? mentions.get(m + 1).position() : text.length();
            String wording = IndicatorWording.between(
                    text,
                    m == 0
                            ? 0
                            : mentions.get(m - 1).position()
                                    + mentions.get(m - 1).phrase().length(),
                    mention.position() + mention.phrase().length(),
                    next);
            TargetComparator comparator;
            BigDecimal value = null;
            String unit = indicator.unit().isEmpty() ? null : indicator.unit();
            if (isRelative && mentions.size() == 1) {
                comparator = relativeComparator(relative);
                value = new BigDecimal(relative.group(3));
                unit = relative.group(4);
            } else if (ELIMINATE.matcher(predicate).find()) {
                comparator = TargetComparator.ELIMINATE;
                value = BigDecimal.ZERO;
            } else if (predicate.contains("全覆盖")
                    || values.isEmpty() && ALL_OF_THEM.matcher(predicate).find()) {
                comparator = TargetComparator.EQUAL;
                value = new BigDecimal("100");
                unit = "%";
            } else if (!values.isEmpty()) {
                if (values.size() != mentions.size() && values.size() != 1) {
                    continue; // figures and indicators do not pair up: not guessed
                }
                int index = values.size() == mentions.size() ? m : 0;
                value = values.get(index);
                if (units.get(index) != null) {
                    unit = unit(units.get(index));
                }
                comparator = levelComparator(predicate);
            } else if (FALLING.matcher(predicate).find()) {
                comparator = TargetComparator.DECREASE;
                unit = null;
            } else if (RISING.matcher(predicate).find()) {
                comparator = TargetComparator.INCREASE;
                unit = null;
            } else {
                comparator = TargetComparator.QUALITATIVE;
                unit = null;
            }
            boolean baselineApplies = mentions.size() == 1 && baselineYear != null;
            findings.add(new Finding(
                    indicator.id(),
                    wording,
                    null,
                    comparator,
                    value,
                    unit,
                    baselineApplies ? baselineValue : null,
                    baselineApplies ? baselineYear : null));
        }
        return findings;
    }

    /**
     * A clause that names no known indicator but states a measurable target (a figure with a
     * comparison, a relative change, or an elimination): its indicator is proposed from its wording.
     */
    private static List<Finding> unknownIndicator(
            String text, String predicateText, Matcher relative, BigDecimal baselineValue, Integer baselineYear) {
        String predicate = ANY_YEAR.matcher(predicateText).replaceAll("");
        Matcher figure = FIGURE.matcher(predicate);
        boolean hasFigure = figure.find();
        TargetComparator comparator;
        BigDecimal value = null;
        String unit = null;
        String wording;
        Matcher eliminate = ELIMINATE.matcher(text);
        if (relative != null) {
            comparator = relativeComparator(relative);
            value = new BigDecimal(relative.group(3));
            unit = relative.group(4);
            wording = IndicatorWording.subject(text);
        } else if (eliminate.find()) {
            comparator = TargetComparator.ELIMINATE;
            value = BigDecimal.ZERO;
            wording = IndicatorWording.subject(text);
        } else if (hasFigure
                && (AT_MOST.matcher(predicate).find()
                        || AT_LEAST.matcher(predicate).find())) {
            comparator = levelComparator(predicate);
            value = new BigDecimal(figure.group(1));
            unit = figure.group(2) == null ? null : unit(figure.group(2));
            wording = IndicatorWording.subject(text);
            if (figure.find()) {
                return List.of(); // several figures and no indicator to pair them with: not guessed
            }
        } else {
            return List.of();
        }
        if (wording.length() < 2
                || wording.length() > 60
                || !wording.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        String direction = comparator == TargetComparator.AT_MOST
                        || comparator == TargetComparator.DECREASE
                        || comparator == TargetComparator.ELIMINATE
                ? "lower"
                : "higher";
        String id = "plan-" + DocumentText.digest(wording);
        IndicatorCodelist.Definition proposed = new IndicatorCodelist.Definition(
                id,
                wording,
                "As worded in the plan: " + wording,
                unit == null || "个百分点".equals(unit) || relative != null ? "" : unit,
                direction,
                "plan",
                List.of());
        return List.of(new Finding(id, wording, proposed, comparator, value, unit, baselineValue, baselineYear));
    }

    private static TargetComparator relativeComparator(Matcher relative) {
        return FALLING.matcher(relative.group(2)).matches() ? TargetComparator.DECREASE : TargetComparator.INCREASE;
    }

    private static TargetComparator levelComparator(String predicate) {
        return AT_MOST.matcher(predicate).find()
                ? TargetComparator.AT_MOST
                : AT_LEAST.matcher(predicate).find() ? TargetComparator.AT_LEAST : TargetComparator.EQUAL;
    }

    private static String unit(String written) {
        return "微克/立方米".equals(written) ? "µg/m³" : written;
    }
}
