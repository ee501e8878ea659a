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
 * Extracts environmental targets from a plan's text: the shipped pilot-zone implementation plans
 * (国家生态文明试验区（X）实施方案, several to a document) and any plan submitted through the API go
 * through the same {@link #extractPlan} path.
 *
 * <p>A plan's main-target section (主要目标, including a "到2020年，实现以下目标：" list, where a year
 * holds until the next) and the sentences of its key tasks (重点任务) dated "到YYYY年" are cut into
 * clauses; a text with neither heading is read paragraph by paragraph, a year holding to the end of
 * its paragraph. Each clause is read by {@link TargetClauseParser}; clauses that state no measurable
 * target of any indicator (the institutional goals) are left out.
 */
public final class PlanTargetExtractor {

    private static final Pattern PLAN_TITLE = Pattern.compile("《(国家生态文明试验区\\((\\p{IsHan}{2,3})\\)实施方案)》");
    private static final Pattern YEAR = Pattern.compile("到(\\d{4})年");
    private static final Pattern ANY_YEAR = Pattern.compile("\\d{4}年");
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%|万公顷|万平方公里|微克/立方米)?");
    /** A figure a target would state: a number with a unit of measure (not a count of things, not part of a name like PM2.5). */
    private static final Pattern MEASURED_FIGURE = Pattern.compile(
            "(?<![A-Za-z0-9.])\\d+(?:\\.\\d+)?\\s*(?:%|个百分点|万公顷|万平方公里|平方公里|万亩|亿立方米|万立方米|微克/立方米|亿吨标准煤|万吨标准煤|亿吨|万吨|吨)");

    private static final String MAIN_TARGETS = "主要目标";
    private static final String KEY_TASKS = "重点任务";
    /** The section of a target read from a text without those headings. */
    static final String BODY_TEXT = "正文";

    /** How far a stated "到YYYY年" holds. */
    private enum YearScope {
        SECTION,
        PARAGRAPH,
        SENTENCE
    }

    private PlanTargetExtractor() {}

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
            String province = Provinces.all()
                    .byName(title.group(2))
                    .orElseThrow(() -> new IllegalArgumentException("unknown province in " + title.group(1)))
                    .code();
            plans.add(extractPlan(lines, starts.get(p), end, province, title.group(1), sourceFile, codelist));
        }
        return plans;
    }

    /** One plan's whole text, as submitted to the API; lines are numbered from 1 in that text. */
    public static ExtractedPlan extractPlan(
            String text, String province, String title, String sourceFile, IndicatorCodelist codelist) {
        List<String> lines = text.lines().toList();
        return extractPlan(lines, 0, lines.size(), province, title, sourceFile, codelist);
    }

    private static ExtractedPlan extractPlan(
            List<String> lines,
            int start,
            int end,
            String province,
            String title,
            String sourceFile,
            IndicatorCodelist codelist) {
        TargetClauseParser parser = new TargetClauseParser(codelist);
        int main = indexOf(lines, start, end, line -> line.contains(MAIN_TARGETS));
        int tasks = indexOf(
                lines,
                Math.max(main, start),
                end,
                line -> line.contains(KEY_TASKS) && line.strip().length() <= 12);
        // the next top-level heading; "4．" (folded to "4.") numbers items inside the key tasks
        int tasksEnd = indexOf(lines, tasks + 1, end, line -> line.matches("^\\s*(四、|4。).*"));
        List<ExtractedPlan.Target> targets = new ArrayList<>();
        List<ExtractedPlan.Unread> unread = new ArrayList<>();
        Set<BigDecimal> figures = new LinkedHashSet<>();
        if (main >= 0) {
            scan(
                    lines,
                    main,
                    tasks >= 0 ? tasks : end,
                    heading(lines.get(main), MAIN_TARGETS),
                    YearScope.SECTION,
                    parser,
                    targets,
                    figures,
                    unread);
        }
        if (tasks >= 0) {
            scan(
                    lines,
                    tasks,
                    tasksEnd >= 0 ? tasksEnd : end,
                    heading(lines.get(tasks), KEY_TASKS),
                    YearScope.SENTENCE,
                    parser,
                    targets,
                    new LinkedHashSet<>(),
                    unread);
        }
        if (main < 0 && tasks < 0) {
            scan(lines, start, end, BODY_TEXT, YearScope.PARAGRAPH, parser, targets, figures, unread);
        }
        int keyTasksEnd = tasksEnd >= 0 ? tasksEnd : end;
        PlanTaskReader.Reading tasksRead = tasks >= 0
                ? PlanTaskReader.read(lines, tasks, keyTasksEnd)
                : new PlanTaskReader.Reading(List.of(), List.of());
        List<AccountabilityReader.Finding> accountability =
                tasks >= 0 ? AccountabilityReader.read(lines, tasks, keyTasksEnd) : List.of();
        return new ExtractedPlan(
                province,
                title,
                sourceFile,
                Set.copyOf(figures),
                deduplicate(targets),
                List.copyOf(unread),
                tasksRead,
                accountability);
    }

    /**
     * Walks the sentences of a section. In the main targets a year stated once ("到2020年，实现以下目标：")
     * holds for what follows; in a plain text, to the end of its paragraph; in the key tasks only the
     * part of a sentence after its own "到YYYY年" counts.
     */
    private static void scan(
            List<String> lines,
            int from,
            int to,
            String section,
            YearScope yearScope,
            TargetClauseParser parser,
            List<ExtractedPlan.Target> targets,
            Set<BigDecimal> figures,
            List<ExtractedPlan.Unread> unread) {
        boolean datedSentencesOnly = yearScope == YearScope.SENTENCE;
        Integer year = null;
        for (int i = from; i < to; i++) {
            if (yearScope == YearScope.PARAGRAPH) {
                year = null;
            }
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
                    List<TargetClauseParser.Finding> found = parser.parse(clause);
                    if (found.isEmpty() && hasMeasuredFigure(clause)) {
                        unread.add(new ExtractedPlan.Unread(
                                i + 1,
                                clause.strip(),
                                "a figure of " + year + " from which no indicator and comparison were read"));
                    }
                    for (TargetClauseParser.Finding f : found) {
                        targets.add(new ExtractedPlan.Target(
                                f.indicatorId(),
                                f.wording(),
                                f.proposedIndicator(),
                                f.comparator(),
                                f.value(),
                                f.unit(),
                                year,
                                f.baselineValue(),
                                f.baselineYear(),
                                section,
                                clause.strip(),
                                i + 1));
                    }
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

    /** A figure with a unit, years aside. */
    private static boolean hasMeasuredFigure(String clause) {
        return MEASURED_FIGURE.matcher(ANY_YEAR.matcher(clause).replaceAll("")).find();
    }

    /** The section's heading as the plan numbers it: "（三）主要目标", "三、重点任务". */
    private static String heading(String line, String name) {
        return line.substring(0, line.indexOf(name) + name.length()).strip();
    }

    /** A target stated twice (main targets and key tasks) is kept once, with its first wording. */
    private static List<ExtractedPlan.Target> deduplicate(List<ExtractedPlan.Target> targets) {
        List<ExtractedPlan.Target> unique = new ArrayList<>();
        for (ExtractedPlan.Target target : targets) {
            boolean seen = unique.stream()
                    .anyMatch(t -> t.indicatorId().equals(target.indicatorId())
                            && t.year() == target.year()
                            && t.comparator() == target.comparator()
                            && (t.value() == null
                                    ? target.value() == null
                                    : target.value() != null && t.value().compareTo(target.value()) == 0));
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
