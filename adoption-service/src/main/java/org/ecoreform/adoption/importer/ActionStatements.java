package org.ecoreform.adoption.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a row's 落实措施 says beyond the plan: sentences stating work already done (已成立…,
 * 2014年11月…审议通过) or going on (继续落实…, 持续开展…, 我省贵德等县实行…), which start the
 * record beyond {@code planned} with the notice's date and the sentence as evidence, and dated or
 * counted commitments (2023年…建成…, 打造…示范基地50个, 选择1—2个县…), which become milestones.
 * Every sentence naming a year or a number that is neither ends in {@link Reading#unread()} with the
 * reason.
 *
 * <p>The starting status: neither, {@code planned}; the row's own act dated before the notice
 * (2014年11月…审议通过《青海省生态文明建设促进条例》 on a row that adopts the regulation),
 * {@code implemented}; done sentences with words of further work (下一步, 今后, 继续, 进一步, 持续,
 * 逐步), or work going on, {@code in-progress}; done sentences alone, {@code implemented}.
 */
public final class ActionStatements {

    public enum Start {
        PLANNED,
        IN_PROGRESS,
        IMPLEMENTED
    }

    /**
     * A sentence stating work done before the notice (or, when {@code continuing}, work going on at
     * it), with the figures it reports and, for a dated act, when it took place (2014-11).
     */
    public record Done(String sentence, List<CountedFigures.Figure> figures, String actDate, boolean continuing) {}

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
    /** Work that goes on, or places that already practise it: 继续落实…, 持续开展…, 我省贵德等县实行…. */
    private static final Pattern CONTINUING = Pattern.compile(
            "(?:继续|持续)(?:落实|推行|开展|推动|推进|打造|采取|实施|执行|加强|做好|深化)" + "|我省[^，。；]{0,10}?等?(?:县|市|州|地区)(?:已)?(?:实行|推行|开展|实施)");
    /** The letters a dated act must share in one run with the row's name to be the row's own act. */
    private static final int OWN_ACT = 6;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern CLAUSE = Pattern.compile("(?<=；)|(?<=;)");
    private static final Pattern YEAR_LEAD = Pattern.compile("^(?:到|至|于)?\\d{4}\\s*年(?:底|末)?(?:前|之前)?[，,]?");

    private ActionStatements() {}

    public static Reading read(String actions, LocalDate noticeDate) {
        return read(actions, noticeDate, "");
    }

    /** Reads a row's actions; {@code rowName} (its 名称) tells the row's own act from others. */
    public static Reading read(String actions, LocalDate noticeDate, String rowName) {
        List<Done> done = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        boolean further = false;
        boolean ownAct = false;
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
            String actDate = datedActBefore(claims, noticeDate);
            boolean isDone = DONE_WORDS.matcher(claims).find() || actDate != null;
            if (isDone && (year == null || year <= noticeDate.getYear())) {
                CountedFigures.Reading figures = CountedFigures.in(sentence);
                done.add(new Done(sentence, figures.figures(), actDate, false));
                figures.unread().forEach(u -> unread.add(new Unread(u.text(), u.reason())));
                ownAct |= actDate != null && sharesRun(claims, rowName, OWN_ACT);
                continue;
            }
            further |= FURTHER_WORK.matcher(sentence).find();
            if (CONTINUING.matcher(claims).find()) {
                done.add(new Done(sentence, List.of(), null, true));
            }
            if (year != null && year < noticeDate.getYear()) {
                unread.add(new Unread(
                        sentence, "names " + year + ", before the notice, without saying what was done then"));
            } else if (year != null) {
                dated(sentence, LocalDate.of(year, 12, 31), commitments, unread);
            } else {
                counted(sentence, commitments, unread);
            }
        }
        boolean finished = done.stream().anyMatch(d -> !d.continuing());
        Start start = ownAct
                ? Start.IMPLEMENTED
                : done.isEmpty() ? Start.PLANNED : further || !finished ? Start.IN_PROGRESS : Start.IMPLEMENTED;
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

    /** When a sentence opening on a date before the notice tells of an act, that date (2014-11, or 2014); else null. */
    private static String datedActBefore(String sentence, LocalDate noticeDate) {
        Matcher m = DATED_ACT.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
        boolean before =
                year < noticeDate.getYear() || year == noticeDate.getYear() && month < noticeDate.getMonthValue();
        if (!before) {
            return null;
        }
        return m.group(2) == null ? m.group(1) : String.format("%s-%02d", m.group(1), month);
    }

    /** Whether {@code a} and {@code b} share a run of at least {@code length} letters. */
    private static boolean sharesRun(String a, String b, int length) {
        for (int i = 0; i + length <= b.length(); i++) {
            if (a.contains(b.substring(i, i + length))) {
                return true;
            }
        }
        return false;
    }

    private static Integer firstYear(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String trimEnd(String clause) {
        return clause.strip().replaceAll("[。；;，,]+$", "");
    }
}
