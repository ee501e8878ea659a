package org.ecoreform.indicators.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which national measures a plan task became, over the whole catalogue: a Guizhou task may become
 * a measure first proven in Fujian. The evidence is the phrases the task shares with a measure's
 * name and content, each weighed by how rare its letter pairs are in the catalogue (a pair most
 * measures use, such as 生态 or 机制, says nothing about which one the task became) and by where it
 * stands: in the measure's name more than in its content, in the task's own text more than in the
 * sentence around it. A measure proven in the task's province gets a bonus, never a gate.
 *
 * <p>The score is the evidence over {@link #SATURATION} plus that evidence, so one strong phrase or
 * several weaker ones reach the same confidence and generic words alone never do. A task is linked
 * to the best measure when it scores at least {@link #LINK}, shares more than one phrase with it
 * (two of three letters or more, one of {@link #PHRASE} or more: a single place name or slogan is
 * not enough), and no rival is within {@link #MARGIN}; other measures scoring at
 * least {@link #CANDIDATE} are its candidates, best first, each with the phrases that made it.
 */
public final class TaskMeasureLinker {

    public static final double LINK = 0.7;
    public static final double MARGIN = 0.1;
    public static final double CANDIDATE = 0.3;
    public static final int PHRASE = 4;
    static final double SATURATION = 12.0;
    static final double IN_NAME = 2.0;
    static final double IN_CONTEXT = 0.4;
    static final double SAME_PROVINCE = 1.25;
    private static final int CANDIDATES = 3;
    private static final int PHRASES_SHOWN = 5;

    /** Words most reform texts use: a pair of letters inside one of them weighs nothing. */
    private static final Pattern GENERIC = Pattern.compile(String.join(
            "|", "生态", "文明", "产业", "发展", "机制", "制度", "模式", "体系", "体制", "建设", "建立", "完善", "健全", "推进", "推动", "推广", "开展",
            "实施", "探索", "改革", "试点", "全省", "省级", "工作", "管理", "加强", "环境", "保护", "政策", "方案", "全面", "实现", "逐步", "积极", "进一步",
            "出台", "制定", "江西", "贵州", "福建", "海南", "青海"));

    /** Digits (years, counts) and particles: a pair holding one is no word of the task's subject. */
    private static final Pattern SLIGHT = Pattern.compile("[\\p{N}的和与及等在对将为了以其并或之中上下个年]");

    /** A measure of the catalogue, as the replica holds it: the list's document and date are the evidence it was proven. */
    public record Measure(
            String id,
            String name,
            String content,
            Set<String> sourceProvinces,
            String listDocument,
            LocalDate listDate) {}

    /** A measure's score, the phrases it shares with the task (strongest first) and whether it was proven in the task's province. */
    public record Scored(String measureId, double score, List<String> phrases, boolean provenInProvince) {}

    /** The linked measure (none when not confident) and the candidates considered. */
    public record Linking(List<Scored> links, List<Scored> candidates) {}

    private record Indexed(Measure measure, String name, String content) {}

    private record Phrase(String text, double weight) {}

    private final List<Indexed> catalogue;
    private final Map<String, Measure> byId = new HashMap<>();
    private final Map<String, Double> rarity = new HashMap<>();

    public TaskMeasureLinker(List<Measure> catalogue) {
        this.catalogue = catalogue.stream()
                .map(m -> new Indexed(m, segments(m.name()), segments(m.content() == null ? "" : m.content())))
                .toList();
        catalogue.forEach(m -> byId.put(m.id(), m));
        Map<String, Integer> measuresUsing = new HashMap<>();
        for (Indexed m : this.catalogue) {
            Set<String> pairs = new HashSet<>();
            addPairs(m.name(), pairs);
            addPairs(m.content(), pairs);
            pairs.forEach(p -> measuresUsing.merge(p, 1, Integer::sum));
        }
        int n = this.catalogue.size();
        measuresUsing.forEach((pair, df) -> rarity.put(pair, Math.log((n + 1.0) / (df + 1.0))));
    }

    /** The measure of this id, when the catalogue holds it. */
    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether the list names {@code province} among the sources of the measure of this id; null when it is not in the catalogue. */
    public Boolean provenIn(String id, String province) {
        return measure(id).map(m -> m.sourceProvinces().contains(province)).orElse(null);
    }

    /** Links a task of {@code province}: {@code taskText} is its own text, {@code context} its sentence and paragraph topic. */
    public Linking link(String province, String taskText, String context) {
        String task = segments(taskText);
        String around = segments(context == null ? "" : context);
        List<Scored> scored = new ArrayList<>();
        for (Indexed measure : catalogue) {
            Map<String, Double> shared = new LinkedHashMap<>();
            double evidence = evidence(task, measure, 1.0, shared) + evidence(around, measure, IN_CONTEXT, shared);
            boolean proven = measure.measure().sourceProvinces().contains(province);
            if (proven) {
                evidence *= SAME_PROVINCE;
            }
            double score = Math.round(1000.0 * evidence / (evidence + SATURATION)) / 1000.0;
            if (score >= CANDIDATE) {
                List<String> phrases = shared.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(Map.Entry::getKey)
                        .limit(PHRASES_SHOWN)
                        .toList();
                scored.add(new Scored(measure.measure().id(), score, phrases, proven));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::measureId));
        if (!scored.isEmpty()
                && scored.get(0).score() >= LINK
                && concentrated(scored.get(0).phrases())
                && (scored.size() == 1 || scored.get(1).score() < scored.get(0).score() - MARGIN)) {
            return new Linking(
                    List.of(scored.get(0)), List.copyOf(scored.subList(1, Math.min(scored.size(), CANDIDATES + 1))));
        }
        return new Linking(List.of(), List.copyOf(scored.subList(0, Math.min(scored.size(), CANDIDATES))));
    }

    /** More than one phrase: at least two of three letters or more, one of them of {@link #PHRASE} or more. */
    private static boolean concentrated(List<String> phrases) {
        return phrases.stream().filter(p -> p.length() >= 3).count() >= 2
                && phrases.stream().anyMatch(p -> p.length() >= PHRASE);
    }

    /** The weight of the phrases of {@code text} found in the measure, each counted once over task and context. */
    private double evidence(String text, Indexed measure, double factor, Map<String, Double> shared) {
        double total = 0;
        for (Phrase phrase : phrases(text, measure.name() + "|" + measure.content())) {
            if (phrase.weight() <= 0 || shared.keySet().stream().anyMatch(k -> k.contains(phrase.text()))) {
                continue;
            }
            double weight = phrase.weight() * factor * (measure.name().contains(phrase.text()) ? IN_NAME : 1.0);
            shared.put(phrase.text(), weight);
            total += weight;
        }
        return total;
    }

    /** The longest runs of {@code text} (two letters or more) that {@code in} holds, left to right, with their weights. */
    private List<Phrase> phrases(String text, String in) {
        List<Phrase> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            int end = i + 2;
            if (text.charAt(i) == '|' || text.charAt(i + 1) == '|' || !in.contains(text.substring(i, end))) {
                i++;
                continue;
            }
            while (end < text.length() && text.charAt(end) != '|' && in.contains(text.substring(i, end + 1))) {
                end++;
            }
            String run = text.substring(i, end);
            found.add(new Phrase(run, weight(run)));
            i = end;
        }
        return found;
    }

    /** The rarity of a run's letter pairs, pairs inside a generic word not counted. */
    private double weight(String run) {
        boolean[] generic = new boolean[run.length()];
        var words = GENERIC.matcher(run);
        while (words.find()) {
            for (int k = words.start(); k < words.end(); k++) {
                generic[k] = true;
            }
        }
        double weight = 0;
        for (int k = 0; k + 1 < run.length(); k++) {
            if (!(generic[k] && generic[k + 1])
                    && !SLIGHT.matcher(run.substring(k, k + 2)).find()) {
                weight += rarity.getOrDefault(run.substring(k, k + 2), 0.0);
            }
        }
        return weight;
    }

    private static void addPairs(String text, Set<String> pairs) {
        for (int k = 0; k + 1 < text.length(); k++) {
            if (text.charAt(k) != '|' && text.charAt(k + 1) != '|') {
                pairs.add(text.substring(k, k + 2));
            }
        }
    }

    /**
     * Letters and digits, folded, with '|' where punctuation stood: quotes and brackets vary between
     * documents, and no phrase spans them.
     */
    static String segments(String text) {
        return DocumentText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", "|");
    }
}
