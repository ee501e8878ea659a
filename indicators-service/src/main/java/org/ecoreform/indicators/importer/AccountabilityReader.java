package org.ecoreform.indicators.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.indicators.domain.Institution;

/**
 * What a plan's key tasks (重点任务) state about the assessment and accountability institutions
 * ({@link Institution}), each read from the sentences about it: those of its own paragraph (the one
 * whose heading names it: 4．建立生态环境损害责任终身追究制度) before any other, and among them the
 * first dated one, else the first of its body (…实行终身追责), else the heading. A sentence elsewhere that names it in passing (…严格责任追究 in
 * the red-line paragraph) counts only when no paragraph is its own. The year is the one the plan
 * dates it by: the last year before its words in their sentence. Its pilot places are those of the
 * sentences naming it that pilot it (在萍乡市、吉安市…开展…试点).
 */
public final class AccountabilityReader {

    /** An institution as the plan states it: where, in which words, from which year, piloted where. */
    public record Finding(Institution institution, int line, String sentence, Integer year, List<String> pilotPlaces) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;])");
    private static final String PLACE = "\\p{IsHan}{1,8}?(?:市|县|区|州)";
    private static final Pattern PILOT_PLACES = Pattern.compile("在(" + PLACE + "(?:、" + PLACE + ")*)等?地?开展");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

    /** A sentence naming an institution: whether its paragraph is the institution's own, whether it is that paragraph's heading. */
    private record Mention(Finding finding, boolean ownParagraph, boolean heading) {

        /** Own paragraph first, then dated, then a sentence of the body over the heading, then earlier. */
        boolean betterThan(Mention held) {
            if (ownParagraph != held.ownParagraph) {
                return ownParagraph;
            }
            if ((finding.year() != null) != (held.finding().year() != null)) {
                return finding.year() != null;
            }
            return held.heading && !heading;
        }
    }

    private AccountabilityReader() {}

    /** Reads lines {@code from} (the key tasks heading) to {@code to}; lines are 1-based in the answer. */
    public static List<Finding> read(List<String> lines, int from, int to) {
        Map<Institution, Mention> found = new LinkedHashMap<>();
        Map<Institution, Set<String>> places = new LinkedHashMap<>();
        for (int i = from + 1; i < to; i++) {
            String line = lines.get(i).strip();
            String topic = Objects.requireNonNullElse(PlanTaskReader.topicOf(line), "");
            for (String raw : SENTENCE_END.split(line)) {
                String sentence = raw.strip();
                for (Institution institution : Institution.values()) {
                    if (!institution.namedIn(sentence)) {
                        continue;
                    }
                    Mention mention = new Mention(
                            new Finding(institution, i + 1, sentence, yearOf(sentence, institution), List.of()),
                            institution.namedIn(topic),
                            !topic.isEmpty() && sentence.contains(topic + "。"));
                    Mention held = found.get(institution);
                    if (held == null || mention.betterThan(held)) {
                        found.put(institution, mention);
                    }
                    Matcher pilots = PILOT_PLACES.matcher(sentence);
                    if (sentence.contains("试点") && pilots.find()) {
                        places.computeIfAbsent(institution, k -> new LinkedHashSet<>())
                                .addAll(List.of(pilots.group(1).split("、")));
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        found.forEach((institution, m) -> findings.add(new Finding(
                institution,
                m.finding().line(),
                m.finding().sentence(),
                m.finding().year(),
                List.copyOf(places.getOrDefault(institution, Set.of())))));
        return findings;
    }

    /**
     * The last year before the institution's words in the sentence (a year dates what follows it);
     * a later mention may stand after its year (建立…督察制度，2018年完成…督察); else null.
     */
    private static Integer yearOf(String sentence, Institution institution) {
        Integer year = lastYearBefore(sentence, institution.firstIndexIn(sentence));
        return year != null ? year : lastYearBefore(sentence, institution.lastIndexIn(sentence));
    }

    private static Integer lastYearBefore(String sentence, int position) {
        Integer year = null;
        Matcher m = YEAR.matcher(sentence);
        while (m.find() && m.start() < position) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }
}
