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
 * first 。), the sentence it belongs to, and the body named to carry it out (牵头/负责), when the plan
 * names one. A clause naming several years is one task per year; a later clause that names no
 * subject of its own (2020年在全省施行) keeps the one of the clause before it. Clauses of a sentence
 * before its first year are undated tasks, reported apart and never glued to a dated one. A year
 * that is not a due date (比2015年, a base year) is returned as unread with the reason, never dropped.
 */
public final class PlanTaskReader {

    /**
     * A task: what, due by the end of {@code dueYear} (again every {@code periodYears} years from it
     * on when not null), where it stands, and the sentence it belongs to (with the sentence before
     * it when its own begins with its year and names no subject: 2018年在…内开展试点).
     */
    public record Task(
            String text,
            int dueYear,
            Integer periodYears,
            String section,
            String topic,
            int line,
            String responsibleBody,
            String context) {

        public boolean yearly() {
            return periodYears != null && periodYears == 1;
        }
    }

    public record Unread(int line, String text, String reason) {}

    /** The tasks, the years not read as due dates, and the undated tasks (each with the reason it has no year). */
    public record Reading(List<Task> tasks, List<Unread> unread, List<Unread> undated) {

        public Reading(List<Task> tasks, List<Unread> unread) {
            this(tasks, unread, List.of());
        }
    }

    static final String UNDATED = "an undated task: its sentence names a year only for the clauses after it";

    private static final Pattern YEAR =
            Pattern.compile("(?:到|至|于)?(20\\d{2})\\s*年(起|以来|底前|底|前|以前|之前)?(?:[，,]?每(\\d+|[两二三四五])?年)?");
    private static final Pattern BASE_YEAR = Pattern.compile("(?:比|较|与)(20\\d{2})\\s*年");
    private static final Pattern SUBSECTION = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern ITEM = Pattern.compile("^(\\d+)[．.、]");
    private static final Pattern BODY = Pattern.compile("(?:由)?(\\p{IsHan}{2,14}?(?:厅|局|委员会|委|办公室|院))(?:牵头|负责)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[。；;])");
    /** Where and how, not what: 在全省, 在…区内, 开展试点, 施行. A clause left with less names no subject of its own. */
    private static final Pattern NO_SUBJECT = Pattern.compile(
            "在[^，,]*(?:全省|全国|范围|地区|区内|区域|市|县)(?:内)?|全面|开展|施行|推行|实施|推广|试点|工作|任务|完成|基本|初步|逐步|研究|出台|制定|具体|相关|方案|年底|底前");

    private static final int SUBJECT = 6;

    private PlanTaskReader() {}

    /**
     * Reads the lines {@code from} (the key tasks heading, e.g. 三、重点任务) to {@code to}; line
     * numbers are 1-based in {@code lines}.
     */
    public static Reading read(List<String> lines, int from, int to) {
        List<Task> tasks = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        List<Unread> undated = new ArrayList<>();
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
            String previous = "";
            for (String clause : CLAUSE_END.split(line)) {
                Sentence sentence = new Sentence(clause.strip(), previous, part + subsection + item, topic, i + 1);
                read(sentence, tasks, unread, undated);
                previous = clause.strip();
            }
        }
        return new Reading(tasks, unread, undated);
    }

    private record Sentence(String text, String previous, String section, String topic, int line) {}

    private static void read(Sentence sentence, List<Task> tasks, List<Unread> unread, List<Unread> undated) {
        String clause = sentence.text();
        int line = sentence.line();
        List<MatchResult> bases = BASE_YEAR.matcher(clause).results().toList();
        bases.forEach(
                b -> unread.add(new Unread(line, b.group(), "a base year a change is measured from, not a due date")));
        List<MatchResult> years = YEAR.matcher(clause)
                .results()
                .filter(y -> bases.stream().noneMatch(b -> y.start() < b.end() && b.start() < y.end()))
                .toList();
        String previousText = null;
        for (int k = 0; k < years.size(); k++) {
            MatchResult year = years.get(k);
            int start = cutBefore(clause, k == 0 ? 0 : years.get(k - 1).end(), year.start());
            int end = k + 1 < years.size()
                    ? cutBefore(clause, year.end(), years.get(k + 1).start())
                    : clause.length();
            String text = trim(clause.substring(start, end));
            boolean ownSubject = hasSubject(text, year.group());
            String context = clause;
            if (!ownSubject && previousText != null) {
                text = previousText + "，" + text;
            } else if (!ownSubject && start > 0) {
                text = trim(clause.substring(0, end)); // the clauses before the year are what it dates
            } else if (!ownSubject && !sentence.previous().isEmpty()) {
                context = sentence.previous() + clause;
            } else if (k == 0 && start > 0) {
                undated.add(new Unread(line, trim(clause.substring(0, start)), UNDATED));
            }
            Matcher body = BODY.matcher(text);
            tasks.add(new Task(
                    text,
                    Integer.parseInt(year.group(1)),
                    period(year),
                    sentence.section(),
                    sentence.topic(),
                    line,
                    body.find() ? body.group(1) : null,
                    context));
            previousText = text;
        }
    }

    /** Every N years (每N年, 每年) from the year on; 起 alone (2017年起，在全省开展…) is every year. */
    private static Integer period(MatchResult year) {
        if (year.group().contains("每")) {
            String n = year.group(3);
            return n == null
                    ? 1
                    : n.chars().allMatch(Character::isDigit)
                            ? Integer.parseInt(n)
                            : "_一二三四五".indexOf(n.replace('两', '二'));
        }
        return "起".equals(year.group(2)) ? 1 : null;
    }

    /** Whether a task's first clause says what is to be done, beyond its year, its place and a generic verb. */
    private static boolean hasSubject(String text, String year) {
        String first = text.split("[，,]")[0];
        String rest = NO_SUBJECT.matcher(first.replace(year, "")).replaceAll("");
        return rest.replaceAll("[^\\p{IsHan}]", "").length() >= SUBJECT;
    }

    /** Where the text of the task due by a year (at {@code yearStart}) begins: after the last comma since {@code from}. */
    private static int cutBefore(String clause, int from, int yearStart) {
        int comma = Math.max(clause.lastIndexOf('，', yearStart), clause.lastIndexOf(',', yearStart));
        return comma >= from ? comma + 1 : from == 0 ? 0 : yearStart;
    }

    /** The phrase before a paragraph's first 。, without its number: 健全自然资源资产管理体制; null when none. */
    static String topicOf(String line) {
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
