package org.ecoreform.indicators.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.platform.reference.Provinces;

/**
 * Extracts environmental targets from the pilot-zone implementation plans (国家生态文明试验区（X）实施方案).
 *
 * <p>Each plan's main-target section (二（三）主要目标, including a "到2020年，实现以下目标：" list) and the
 * sentences of its key tasks dated "到YYYY年" are cut into clauses. A clause that names an indicator
 * of the codelist yields a target: its comparator and value come from the clause's wording
 * (达到…以上, 降至…以下, 控制在…以内, 不低于, 稳定在, 全面消除, 全覆盖, 进一步下降 …), and a clause naming
 * several indicators with "分别" takes their values in order. Clauses that name no indicator (the
 * institutional goals) are left out.
 */
public final class PlanTargetExtractor {

    private static final Pattern PLAN_TITLE = Pattern.compile("《(国家生态文明试验区\\((\\p{IsHan}{2,3})\\)实施方案)》");
    private static final Pattern YEAR = Pattern.compile("到(\\d{4})年");
    private static final Pattern ANY_YEAR = Pattern.compile("\\d{4}年");
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%|万公顷|万平方公里|微克/立方米)?");
    private static final Pattern AT_MOST = Pattern.compile("以下|以内|降至|不高于|不超过|控制在");
    private static final Pattern AT_LEAST = Pattern.compile("以上|不低于|达到|达|提高到|保持在|扩大到|稳定在|增加到|增至");
    private static final Pattern FALLING = Pattern.compile("下降|降低|减少");
    private static final Pattern RISING = Pattern.compile("增加|提高|扩大|改善");
    private static final Pattern ELIMINATE = Pattern.compile("全面消除|完全消除");
    private static final String MAIN_TARGETS = "二（三）主要目标";
    private static final String KEY_TASKS = "三、重点任务";

    private PlanTargetExtractor() {
    }

    public static List<ExtractedPlan> extract(String text, String sourceFile, IndicatorCodelist codelist) {
        List<String> lines = text.lines().toList();
        List<Integer> starts = new ArrayList<>();
        List<Matcher> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String folded = DocumentText.fold(lines.get(i));
            Matcher title = PLAN_TITLE.matcher(folded);
            if (folded.contains("全文") && title.find() && !title.find(title.end())) {
                title.find(0);
                starts.add(i);
                titles.add(title);
            }
        }
        List<ExtractedPlan> plans = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) : lines.size();
            Matcher title = titles.get(p);
            String province = Provinces.all().byName(title.group(2))
                    .orElseThrow(() -> new IllegalArgumentException("unknown province in " + title.group(1))).code();
            plans.add(extractPlan(lines, starts.get(p), end, province, title.group(1), sourceFile, codelist));
        }
        return plans;
    }

    private static ExtractedPlan extractPlan(List<String> lines, int start, int end, String province, String title,
                                             String sourceFile, IndicatorCodelist codelist) {
        int main = indexOf(lines, start, end, line -> line.contains("主要目标"));
        int tasks = indexOf(lines, Math.max(main, start), end, line -> line.contains("重点任务") && line.strip().length() <= 12);
        // the next top-level heading; "4．" (folded to "4.") numbers items inside the key tasks
        int tasksEnd = indexOf(lines, tasks + 1, end, line -> line.matches("^\\s*(四、|4。).*"));
        List<ExtractedPlan.Target> targets = new ArrayList<>();
        Set<BigDecimal> figures = new LinkedHashSet<>();
        if (main >= 0) {
            scan(lines, main, tasks >= 0 ? tasks : end, MAIN_TARGETS, false, codelist, targets, figures);
        }
        if (tasks >= 0) {
            scan(lines, tasks, tasksEnd >= 0 ? tasksEnd : end, KEY_TASKS, true, codelist, targets, new LinkedHashSet<>());
        }
        return new ExtractedPlan(province, title, sourceFile, Set.copyOf(figures), deduplicate(targets));
    }

    /**
     * Walks the sentences of a section. In the main targets a year stated once ("到2020年，实现以下目标：")
     * holds for what follows; in the key tasks only the part of a sentence after its own "到YYYY年" counts.
     */
    private static void scan(List<String> lines, int from, int to, String section, boolean datedSentencesOnly,
                             IndicatorCodelist codelist, List<ExtractedPlan.Target> targets, Set<BigDecimal> figures) {
        Integer year = null;
        for (int i = from; i < to; i++) {
            String line = DocumentText.fold(lines.get(i));
            for (String sentence : line.split("[。:]")) {
                Matcher dated = YEAR.matcher(sentence);
                String rest = sentence;
                Integer sentenceYear = null;
                while (dated.find()) {
                    sentenceYear = Integer.parseInt(dated.group(1));
                    rest = sentence.substring(dated.end());
                }
                if (sentenceYear != null) {
                    year = sentenceYear;
                } else if (datedSentencesOnly) {
                    continue;
                } else {
                    rest = sentence;
                }
                if (year == null) {
                    continue;
                }
                for (String clause : rest.split("[,;]")) {
                    List<ExtractedPlan.Target> found = parseClause(clause, year, section, i + 1, codelist);
                    targets.addAll(found);
                    // every dated figure, named indicator or not: copies in other wording share them
                    Matcher figure = FIGURE.matcher(ANY_YEAR.matcher(clause).replaceAll(""));
                    while (figure.find()) {
                        if (figure.group(2) != null) {
                            figures.add(new BigDecimal(figure.group(1)));
                        }
                    }
                }
            }
        }
    }

    static List<ExtractedPlan.Target> parseClause(String clause, int year, String section, int line, IndicatorCodelist codelist) {
        String text = clause.strip();
        List<IndicatorCodelist.Mention> mentions = codelist.mentionsIn(text);
        if (mentions.isEmpty()) {
            return List.of();
        }
        String predicate = ANY_YEAR.matcher(text).replaceAll("");
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
        List<ExtractedPlan.Target> targets = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            IndicatorCodelist.Definition indicator = mentions.get(m).indicator();
            TargetComparator comparator;
            BigDecimal value = null;
            String unit = indicator.unit().isEmpty() ? null : indicator.unit();
            if (ELIMINATE.matcher(predicate).find()) {
                comparator = TargetComparator.ELIMINATE;
                value = BigDecimal.ZERO;
            } else if (predicate.contains("全覆盖")) {
                comparator = TargetComparator.EQUAL;
                value = new BigDecimal("100");
                unit = "%";
            } else if (!values.isEmpty()) {
                int index = values.size() == mentions.size() ? m : 0;
                if (values.size() != mentions.size() && values.size() != 1) {
                    continue; // figures and indicators do not pair up: not guessed
                }
                value = values.get(index);
                if (units.get(index) != null) {
                    unit = "微克/立方米".equals(units.get(index)) ? "µg/m³" : units.get(index);
                }
                comparator = AT_MOST.matcher(predicate).find() ? TargetComparator.AT_MOST
                        : AT_LEAST.matcher(predicate).find() ? TargetComparator.AT_LEAST : TargetComparator.EQUAL;
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
            targets.add(new ExtractedPlan.Target(indicator.id(), comparator, value, unit, year, section, text, line));
        }
        return targets;
    }

    /** A target stated twice (main targets and key tasks) is kept once, with its first wording. */
    private static List<ExtractedPlan.Target> deduplicate(List<ExtractedPlan.Target> targets) {
        List<ExtractedPlan.Target> unique = new ArrayList<>();
        for (ExtractedPlan.Target target : targets) {
            boolean seen = unique.stream().anyMatch(t -> t.indicatorId().equals(target.indicatorId()) && t.year() == target.year()
                    && t.comparator() == target.comparator()
                    && (t.value() == null ? target.value() == null : target.value() != null && t.value().compareTo(target.value()) == 0));
            if (!seen) {
                unique.add(target);
            }
        }
        return List.copyOf(unique);
    }

    private static int indexOf(List<String> lines, int from, int to, java.util.function.Predicate<String> test) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (test.test(DocumentText.fold(lines.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
