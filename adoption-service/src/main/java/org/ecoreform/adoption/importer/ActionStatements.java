package org.ecoreform.adoption.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a row's 落实措施 says beyond the plan: sentences stating work already done (已成立…,
 * 2014年11月…审议通过), which start the record beyond {@code planned} with the notice's date and
 * the sentence as evidence, and dated or counted commitments (2023年…建成…, 打造…示范基地50个),
 * which become milestones. Every sentence naming a year or a number that is neither ends in
 * {@link Reading#unread()} with the reason.
 *
 * <p>The starting status: no done sentence, {@code planned}; done sentences and words of further
 * work (下一步, 今后, 继续, 进一步, 持续, 逐步), {@code in-progress}; done sentences alone, {@code implemented}.
 */
public final class ActionStatements {

    public enum Start {
        PLANNED,
        IN_PROGRESS,
        IMPLEMENTED
    }

    /** A sentence stating work done before the notice, with the figures it reports. */
    public record Done(String sentence, List<CountedFigures.Figure> figures) {}

    /** A commitment: due by the end of the year named (null when undated), what, and its figure when counted. */
    public record Commitment(LocalDate due, String what, CountedFigures.Figure figure) {}

    public record Unread(String text, String reason) {}

    public record Reading(Start start, List<Done> done, List<Commitment> commitments, List<Unread> unread) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！!])");
    /** 在已建立…的基础上: a premise the row builds on, not work done on the measure itself. */
    private static final Pattern PREMISE = Pattern.compile("在已[^，。；]*?基础上");

    private static final Pattern DONE_WORDS = Pattern.compile(
            "已(?:经)?(?:制定|出台|建立|成立|组建|设立|印发|建成|完成|实现|明确|形成|开展|启动|编制)|审议通过|颁布实施|以来[^。；]*共(?:成立|建立|设立|建成)");
    /** A sentence that opens on a date before the notice and tells of an act: 2017年9月，省司法厅…出台《…》. */
    private static final Pattern DATED_ACT =
            Pattern.compile("^(\\d{4})年(?:(\\d{1,2})月)?[^。；]*?(?:出台|印发|成立|建立|设立|通过|制定)");

    private static final Pattern FURTHER_WORK = Pattern.compile("下一步|今后|继续|进一步|持续|逐步");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern CLAUSE = Pattern.compile("(?<=；)|(?<=;)");
    private static final Pattern YEAR_LEAD = Pattern.compile("^(?:到|至|于)?\\d{4}\\s*年(?:底|末)?(?:前|之前)?[，,]?");

    private ActionStatements() {}

    public static Reading read(String actions, LocalDate noticeDate) {
        List<Done> done = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        boolean further = false;
        for (String raw : SENTENCE_END.split(actions)) {
            String sentence = raw.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            Integer year = firstYear(sentence);
            Matcher premise = PREMISE.matcher(sentence);
            if (premise.find()) {
                unread.add(new Unread(premise.group(), "a premise the row builds on, not work done on the measure"));
            }
            String claims = premise.replaceAll("");
            boolean isDone = DONE_WORDS.matcher(claims).find() || datedActBefore(claims, noticeDate);
            if (isDone && (year == null || year <= noticeDate.getYear())) {
                CountedFigures.Reading figures = CountedFigures.in(sentence);
                done.add(new Done(sentence, figures.figures()));
                figures.unread().forEach(u -> unread.add(new Unread(u.text(), u.reason())));
                continue;
            }
            further |= FURTHER_WORK.matcher(sentence).find();
            if (year != null && year < noticeDate.getYear()) {
                unread.add(new Unread(
                        sentence, "names " + year + ", before the notice, without saying what was done then"));
            } else if (year != null) {
                dated(sentence, LocalDate.of(year, 12, 31), commitments, unread);
            } else {
                counted(sentence, commitments, unread);
            }
        }
        Start start = done.isEmpty() ? Start.PLANNED : further ? Start.IN_PROGRESS : Start.IMPLEMENTED;
        return new Reading(start, done, commitments, unread);
    }

    /** One milestone per clause of a dated sentence (one per figure when a clause counts several things). */
    private static void dated(String sentence, LocalDate due, List<Commitment> commitments, List<Unread> unread) {
        for (String clause : CLAUSE.split(YEAR_LEAD.matcher(sentence).replaceFirst(""))) {
            String what = trimEnd(clause);
            if (what.isEmpty()) {
                continue;
            }
            CountedFigures.Reading figures = CountedFigures.in(what);
            if (figures.found().size() > 1) {
                figures.found().forEach(f -> commitments.add(new Commitment(due, f.phrase(), f.figure())));
            } else {
                commitments.add(new Commitment(
                        due,
                        what,
                        figures.found().isEmpty() ? null : figures.figures().get(0)));
            }
            figures.unread().forEach(u -> unread.add(new Unread(u.text(), u.reason())));
        }
    }

    /** One milestone per counted figure of an undated sentence, described by the phrase it stands in. */
    private static void counted(String sentence, List<Commitment> commitments, List<Unread> unread) {
        CountedFigures.Reading figures = CountedFigures.in(sentence);
        figures.found().forEach(f -> commitments.add(new Commitment(null, f.phrase(), f.figure())));
        figures.unread().forEach(u -> unread.add(new Unread(u.text(), u.reason())));
    }

    private static boolean datedActBefore(String sentence, LocalDate noticeDate) {
        Matcher m = DATED_ACT.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
        return year < noticeDate.getYear() || year == noticeDate.getYear() && month < noticeDate.getMonthValue();
    }

    private static Integer firstYear(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String trimEnd(String clause) {
        return clause.strip().replaceAll("[。；;，,]+$", "");
    }
}
