package org.ecoreform.indicators.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated reform tasks of a plan's key tasks (重点任务): every clause that names a year
 * (2017年出台…, 2018年起每年…, 到2020年基本建立…) is a task due by the end of that year, with the
 * section and item it stands under (三（一）1), the topic of its paragraph (the phrase before the
 * first 。) and the body named to carry it out (牵头/负责), when the plan names one. A clause naming
 * several years is one task per year. A year that is not a due date (比2015年, a base year) is
 * returned as unread with the reason, never dropped.
 */
public final class PlanTaskReader {

    /** A task: what, due by the end of {@code dueYear} (every year from it on when {@code yearly}), where it stands. */
    public record Task(
            String text, int dueYear, boolean yearly, String section, String topic, int line, String responsibleBody) {}

    public record Unread(int line, String text, String reason) {}

    public record Reading(List<Task> tasks, List<Unread> unread) {}

    private static final Pattern YEAR = Pattern.compile("(?:到|至|于)?(20\\d{2})\\s*年(起|以来|底前|底|前|以前|之前)?");
    private static final Pattern BASE_YEAR = Pattern.compile("(?:比|较|与)(20\\d{2})\\s*年");
    private static final Pattern SUBSECTION = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern ITEM = Pattern.compile("^(\\d+)[．.、]");
    private static final Pattern BODY = Pattern.compile("(?:由)?(\\p{IsHan}{2,14}?(?:厅|局|委员会|委|办公室|院))(?:牵头|负责)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[。；;])");

    private PlanTaskReader() {}

    /**
     * Reads the lines {@code from} (the key tasks heading, e.g. 三、重点任务) to {@code to}; line
     * numbers are 1-based in {@code lines}.
     */
    public static Reading read(List<String> lines, int from, int to) {
        List<Task> tasks = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        String part = lines.get(from).strip().split("[、,，]")[0];
        String subsection = "";
        String item = "";
        for (int i = from + 1; i < to; i++) {
            String line = lines.get(i).strip();
            Matcher sub = SUBSECTION.matcher(line);
            Matcher numbered = ITEM.matcher(DocumentText.fold(line));
            if (sub.find()) {
                subsection = "（" + sub.group(1) + "）";
                item = "";
            } else if (numbered.find()) {
                item = numbered.group(1);
            }
            String topic = topicOf(line);
            for (String clause : CLAUSE_END.split(line)) {
                read(clause.strip(), part + subsection + item, topic, i + 1, tasks, unread);
            }
        }
        return new Reading(tasks, unread);
    }

    private static void read(
            String clause, String section, String topic, int line, List<Task> tasks, List<Unread> unread) {
        List<MatchResult> bases = BASE_YEAR.matcher(clause).results().toList();
        bases.forEach(
                b -> unread.add(new Unread(line, b.group(), "a base year a change is measured from, not a due date")));
        List<MatchResult> years = YEAR.matcher(clause)
                .results()
                .filter(y -> bases.stream().noneMatch(b -> y.start() < b.end() && b.start() < y.end()))
                .toList();
        for (int k = 0; k < years.size(); k++) {
            MatchResult year = years.get(k);
            int start = k == 0 ? 0 : cutBefore(clause, years.get(k - 1).end(), year.start());
            int end = k + 1 < years.size()
                    ? cutBefore(clause, year.end(), years.get(k + 1).start())
                    : clause.length();
            String text = trim(clause.substring(start, end));
            Matcher body = BODY.matcher(text);
            tasks.add(new Task(
                    text,
                    Integer.parseInt(year.group(1)),
                    "起".equals(year.group(2)),
                    section,
                    topic,
                    line,
                    body.find() ? body.group(1) : null));
        }
    }

    /** Where the text of the task due by a later year (at {@code yearStart}) begins: after the last comma since the previous year. */
    private static int cutBefore(String clause, int previousYearEnd, int yearStart) {
        int comma = Math.max(clause.lastIndexOf('，', yearStart), clause.lastIndexOf(',', yearStart));
        return comma >= previousYearEnd ? comma + 1 : yearStart;
    }

    /** The phrase before a paragraph's first 。, without its number: 健全自然资源资产管理体制. */
    private static String topicOf(String line) {
        String body = line.replaceFirst("^([（(][一二三四五六七八九十]+[）)]|\\d+[．.、])", "");
        int stop = body.indexOf('。');
        return stop > 0 && stop <= 40 ? body.substring(0, stop) : null;
    }

    private static String trim(String text) {
        return text.strip()
                .replaceAll("^[，,；;]+", "")
                .replaceAll("[，,；;。]+$", "")
                .strip();
    }
}
