package org.ecoreform.adoption.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a row of a province's notice to the national measure(s) it adopts, by name. Rows quote the
 * national name with small differences (a dropped character, a typo, extra spaces), often adopt only
 * a part ("“X”中关于…的相关举措") and sometimes two measures at once ("X及Y"). Every catalogue measure
 * is scored; a link is made only above {@code matchThreshold} and when no rival is as good.
 * Anything less is reported as uncertain with its candidates, never guessed.
 */
public final class MeasureMatcher {

    /** The part-adoption form: the national name, then 中 and a word that opens the adopted part. */
    private static final Pattern PART = Pattern.compile("^(.*?)中((?:关于|的|推进|依托|以|做优|有关).+)$");

    private static final Pattern CONJUNCTION = Pattern.compile("以及|及|和|与");
    private static final double SOURCE_AGREES = 0.03;
    private static final double SOURCE_DISAGREES = -0.10;
    /** A rival this close to the best makes the row ambiguous: reported, not guessed. */
    private static final double RIVAL_MARGIN = 0.10;

    /** What the matcher knows of a national measure. */
    public record CatalogueMeasure(String id, String name, Set<String> sourceProvinceCodes) {}

    public enum Verdict {
        MATCHED,
        UNCERTAIN,
        REJECTED
    }

    public record Candidate(String measureId, String measureName, double score) {}

    /**
     * The outcome for one row: the linked measures (when matched), the adopted part (null when the
     * row adopts the whole measure), the best candidates considered, and why.
     */
    public record Match(
            Verdict verdict, List<Candidate> links, String adoptedPart, List<Candidate> candidates, String reason) {}

    private final List<CatalogueMeasure> catalogue;
    private final double matchThreshold;
    private final double uncertainThreshold;

    public MeasureMatcher(List<CatalogueMeasure> catalogue, double matchThreshold, double uncertainThreshold) {
        this.catalogue = List.copyOf(catalogue);
        this.matchThreshold = matchThreshold;
        this.uncertainThreshold = uncertainThreshold;
    }

    public Match match(String rowName, Set<String> rowSources) {
        if (catalogue.isEmpty()) {
            return new Match(
                    Verdict.REJECTED, List.of(), null, List.of(), "the national catalogue is not available yet");
        }
        String head = rowName;
        String part = null;
        Matcher partForm = PART.matcher(rowName);
        if (partForm.matches() && !normalise(partForm.group(1)).isEmpty()) {
            head = partForm.group(1);
            part = partForm.group(2).strip();
        }
        List<Candidate> ranked = rank(head, rowSources);
        if (part != null) {
            // The whole row might itself be a national name containing "中的…": keep the better reading.
            List<Candidate> whole = rank(rowName, rowSources);
            if (whole.get(0).score() > ranked.get(0).score()) {
                ranked = whole;
                part = null;
            }
        }
        Candidate best = ranked.get(0);
        List<Candidate> top = ranked.subList(0, Math.min(3, ranked.size()));
        if (best.score() >= matchThreshold) {
            Candidate rival = ranked.size() > 1 ? ranked.get(1) : null;
            if (rival != null && rival.score() >= matchThreshold && best.score() - rival.score() < RIVAL_MARGIN) {
                return new Match(
                        Verdict.UNCERTAIN,
                        List.of(),
                        part,
                        top,
                        "ambiguous: " + best.measureId() + " and " + rival.measureId() + " fit equally well");
            }
            return new Match(Verdict.MATCHED, List.of(best), part, top, "name matches " + best.measureId());
        }
        List<Candidate> several = matchEachConjunct(head, rowSources);
        if (!several.isEmpty()) {
            return new Match(Verdict.MATCHED, several, part, top, "adopts " + several.size() + " measures at once");
        }
        if (best.score() >= uncertainThreshold) {
            return new Match(
                    Verdict.UNCERTAIN,
                    List.of(),
                    part,
                    top,
                    String.format(
                            "closest is %s at %.2f, below the %.2f needed to link",
                            best.measureId(), best.score(), matchThreshold));
        }
        return new Match(Verdict.REJECTED, List.of(), part, top, "no national measure resembles this name");
    }

    /** "X及Y": every conjunct must match a different measure on its own. */
    private List<Candidate> matchEachConjunct(String name, Set<String> rowSources) {
        String[] conjuncts = CONJUNCTION.split(name);
        if (conjuncts.length < 2) {
            return List.of();
        }
        List<Candidate> links = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String conjunct : conjuncts) {
            if (normalise(conjunct).length() < 4) {
                return List.of();
            }
            // Each measure of a combined row comes from only some of the row's sources.
            List<Candidate> ranked = rank(conjunct, Set.of());
            Candidate best = ranked.get(0);
            if (best.score() < matchThreshold
                    || !ids.add(best.measureId())
                    || (ranked.size() > 1 && best.score() - ranked.get(1).score() < RIVAL_MARGIN)) {
                return List.of();
            }
            links.add(best);
        }
        return links;
    }

    private List<Candidate> rank(String name, Set<String> rowSources) {
        String wanted = normalise(name);
        return catalogue.stream()
                .map(m -> new Candidate(
                        m.id(), m.name(), score(wanted, normalise(m.name()), rowSources, m.sourceProvinceCodes())))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::measureId))
                .toList();
    }

    private static double score(String row, String measure, Set<String> rowSources, Set<String> measureSources) {
        if (row.isEmpty() || measure.isEmpty()) {
            return 0;
        }
        double similarity = 2.0 * longestCommonSubsequence(row, measure) / (row.length() + measure.length());
        if (!rowSources.isEmpty() && !measureSources.isEmpty()) {
            if (rowSources.equals(measureSources)) {
                similarity += SOURCE_AGREES;
            } else if (rowSources.stream().noneMatch(measureSources::contains)) {
                similarity += SOURCE_DISAGREES;
            }
        }
        return Math.round(Math.max(0, Math.min(1, similarity)) * 1000) / 1000.0;
    }

    /** Letters and digits only: quotes, spaces and punctuation vary between documents. */
    static String normalise(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static int longestCommonSubsequence(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1)
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
