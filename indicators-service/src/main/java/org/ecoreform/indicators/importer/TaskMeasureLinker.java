package org.ecoreform.indicators.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which national measures a plan task became. A measure is considered only when the task's
 * province is one of its sources (the measure was proven there). Its score is how much of its name
 * the task states in runs of two letters or more: the name's letters covered by greedy string
 * tiling against the task's (longest common run first, each letter used once; punctuation
 * ignored), over the name's length. Runs, not scattered letters: a long task shares many single
 * characters with any name. A task is linked to a measure scoring at least {@link #LINK} with no rival within
 * {@link #MARGIN}; measures scoring at least {@link #CANDIDATE} otherwise are reported as
 * candidates, best first, never linked on a guess.
 */
public final class TaskMeasureLinker {

    public static final double LINK = 0.8;
    public static final double MARGIN = 0.1;
    public static final double CANDIDATE = 0.5;
    public static final int PHRASE = 4;
    private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile("机制|制度|模式|体系|体制|建设|发展");
    private static final int CANDIDATES = 3;

    /** A measure of the catalogue, as the replica holds it. */
    public record Measure(String id, String name, Set<String> sourceProvinces) {}

    public record Scored(String measureId, double score, int longestRun) {}

    /** The linked measure (none when not confident) and the candidates considered. */
    public record Linking(List<Scored> links, List<Scored> candidates) {}

    private final List<Measure> catalogue;

    public TaskMeasureLinker(List<Measure> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    public Linking link(String province, String taskText) {
        String task = letters(taskText);
        List<Scored> scored = new ArrayList<>();
        for (Measure measure : catalogue) {
            if (!measure.sourceProvinces().contains(province)) {
                continue;
            }
            String name = letters(measure.name());
            if (name.isEmpty()) {
                continue;
            }
            double score = Math.round(1000.0 * tiled(name, task)[0] / name.length()) / 1000.0;
            if (score >= CANDIDATE) {
                scored.add(new Scored(
                        measure.id(), score, tiled(GENERIC.matcher(name).replaceAll("|"), task)[1]));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::measureId));
        if (!scored.isEmpty()
                && scored.get(0).score() >= LINK
                && scored.get(0).longestRun() >= PHRASE
                && (scored.size() == 1 || scored.get(1).score() < scored.get(0).score() - MARGIN)) {
            return new Linking(
                    List.of(scored.get(0)), List.copyOf(scored.subList(1, Math.min(scored.size(), CANDIDATES + 1))));
        }
        return new Linking(List.of(), List.copyOf(scored.subList(0, Math.min(scored.size(), CANDIDATES))));
    }

    /** Letters and digits only: quotes, brackets and punctuation vary between documents. */
    static String letters(String text) {
        return DocumentText.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Letters of {@code name} covered by common runs of at least two letters, longest first, each
     * letter of either used once; and the longest run.
     */
    static int[] tiled(String name, String task) {
        boolean[] nameUsed = new boolean[name.length()];
        boolean[] taskUsed = new boolean[task.length()];
        int covered = 0;
        int longest = 0;
        while (true) {
            int best = 1;
            int bestName = -1;
            int bestTask = -1;
            for (int i = 0; i < name.length(); i++) {
                for (int j = 0; j < task.length(); j++) {
                    int k = 0;
                    while (i + k < name.length()
                            && j + k < task.length()
                            && !nameUsed[i + k]
                            && !taskUsed[j + k]
                            && name.charAt(i + k) == task.charAt(j + k)) {
                        k++;
                    }
                    if (k > best) {
                        best = k;
                        bestName = i;
                        bestTask = j;
                    }
                }
            }
            if (bestName < 0) {
                return new int[] {covered, longest};
            }
            longest = Math.max(longest, best);
            for (int k = 0; k < best; k++) {
                nameUsed[bestName + k] = true;
                taskUsed[bestTask + k] = true;
            }
            covered += best;
        }
    }
}
