package org.ecoreform.indicators.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.indicators.domain.Institution;

/**
 * What a plan's key tasks (重点任务) state about the assessment and accountability institutions
 * ({@link Institution}): the first sentence naming each with a year (else the first naming it), and the pilot places of the
 * sentences that pilot it (在萍乡市、吉安市…开展…试点).
 */
public final class AccountabilityReader {

    /** An institution as the plan states it: where first, in which words, from which year, piloted where. */
    public record Finding(Institution institution, int line, String sentence, Integer year, List<String> pilotPlaces) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;])");
    private static final String PLACE = "\\p{IsHan}{1,8}?(?:市|县|区|州)";
    private static final Pattern PILOT_PLACES = Pattern.compile("在(" + PLACE + "(?:、" + PLACE + ")*)等?地?开展");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

    private AccountabilityReader() {}

    /** Reads lines {@code from} (the key tasks heading) to {@code to}; lines are 1-based in the answer. */
    public static List<Finding> read(List<String> lines, int from, int to) {
        Map<Institution, Finding> found = new LinkedHashMap<>();
        Map<Institution, Set<String>> places = new LinkedHashMap<>();
        for (int i = from + 1; i < to; i++) {
            for (String raw : SENTENCE_END.split(lines.get(i))) {
                String sentence = raw.strip();
                for (Institution institution : Institution.values()) {
                    if (!institution.namedIn(sentence)) {
                        continue;
                    }
                    Matcher year = YEAR.matcher(sentence);
                    Finding finding = new Finding(
                            institution,
                            i + 1,
                            sentence,
                            year.find() ? Integer.valueOf(year.group(1)) : null,
                            List.of());
                    // the first sentence naming it with a year, else the first naming it (a heading)
                    Finding held = found.get(institution);
                    if (held == null || held.year() == null && finding.year() != null) {
                        found.put(institution, finding);
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
        found.forEach((institution, f) -> findings.add(new Finding(
                institution,
                f.line(),
                f.sentence(),
                f.year(),
                List.copyOf(places.getOrDefault(institution, Set.of())))));
        return findings;
    }
}
