package org.ecoreform.measures.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article of the framework a measure implements, by text similarity: each text becomes a
 * TF-IDF vector of its Chinese character bigrams (the IDF taken over the articles, so words every
 * article uses weigh nothing), the measure's name counting three times, and measure and article are
 * compared by cosine. A measure is linked only when its best article scores at least
 * {@link #MIN_SCORE} and at least {@link #MIN_MARGIN} times the second best, and the two share more
 * than one phrase ({@link #supports}); otherwise it is reported as uncertain with its best
 * candidates, never guessed.
 */
public final class ArticleMatcher {

    public static final double MIN_SCORE = 0.15;
    public static final double MIN_MARGIN = 1.5;
    public static final int CANDIDATES = 3;
    private static final int NAME_WEIGHT = 3;

    /** An article and how similar it is to the measure (cosine, 0 to 1). */
    public record Candidate(String articleId, double score) {}

    /** The decision for one measure: the article linked (null when uncertain) and the best candidates. */
    public record Match(String measureId, Candidate linked, List<Candidate> candidates) {

        public boolean confident() {
            return linked != null;
        }
    }

    /** The IDF of a pair of characters at most a fifth of the articles use (ln 5). */
    static final double DISTINCTIVE = Math.log(5);

    static final int LONG_PHRASES = 3;

    private final Map<String, String> articleTexts = new HashMap<>();
    private final List<String> articleIds = new ArrayList<>();
    private final List<Map<String, Double>> articleVectors = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    public ArticleMatcher(List<ParsedFramework.Article> articles) {
        List<Map<String, Integer>> counts =
                articles.stream().map(a -> bigrams(a.text(), 1)).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(g -> documentFrequency.merge(g, 1, Integer::sum)));
        int n = articles.size();
        documentFrequency.forEach((gram, df) -> idf.put(gram, Math.log((double) n / df)));
        for (int i = 0; i < n; i++) {
            articleIds.add(articles.get(i).id());
            articleTexts.put(articles.get(i).id(), articles.get(i).text());
            articleVectors.add(vector(counts.get(i)));
        }
    }

    public Match match(String measureId, String name, String content) {
        List<Candidate> ranked = ranked(name, content);
        Candidate best = ranked.get(0);
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        boolean confident = best.score() >= MIN_SCORE
                && (second == 0 || best.score() / second >= MIN_MARGIN)
                && supports(name, content, best.articleId());
        return new Match(
                measureId,
                confident ? best : null,
                List.copyOf(ranked.subList(0, Math.min(CANDIDATES, ranked.size()))));
    }

    /** Every article, best first, with its similarity to the measure. */
    public List<Candidate> ranked(String name, String content) {
        Map<String, Integer> counts = bigrams(name, NAME_WEIGHT);
        bigrams(content, 1).forEach((g, c) -> counts.merge(g, c, Integer::sum));
        Map<String, Double> query = vector(counts);
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < articleIds.size(); i++) {
            ranked.add(new Candidate(articleIds.get(i), round(cosine(query, articleVectors.get(i)))));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::articleId));
        return ranked;
    }

    /**
     * The phrases a measure shares with an article: the longest runs of the measure's text (two Chinese
     * characters or more) the article holds, left to right, each once, and only those holding a pair
     * of characters few articles use (IDF ≥ {@link #DISTINCTIVE}): 生态环境 alone says nothing.
     */
    public List<String> sharedPhrases(String measureText, String articleId) {
        String article = articleTexts.get(articleId);
        List<String> shared = new ArrayList<>();
        if (article == null) {
            return shared;
        }
        int[] chars = measureText.codePoints().toArray();
        int i = 0;
        while (i + 1 < chars.length) {
            int end = i;
            while (end < chars.length && han(chars[end]) && article.contains(new String(chars, i, end - i + 1))) {
                end++;
            }
            if (end - i >= 2) {
                String run = new String(chars, i, end - i);
                if (distinctive(run) && !shared.contains(run)) {
                    shared.add(run);
                }
                i = end;
            } else {
                i++;
            }
        }
        return shared;
    }

    /**
     * Whether the measure rests on more than one shared phrase with the article: its name shares a
     * distinctive phrase with it (the measure's subject is the article's), or its texts share at least
     * {@link #LONG_PHRASES} phrases of three characters or more. A score just above the floor made of
     * a phrase or two of the measure's text (开发利用, 资源开发) links nothing.
     */
    public boolean supports(String name, String content, String articleId) {
        return !sharedPhrases(name, articleId).isEmpty()
                || sharedPhrases(name + "。" + content, articleId).stream()
                                .filter(p -> p.length() >= 3)
                                .count()
                        >= LONG_PHRASES;
    }

    private boolean distinctive(String run) {
        for (int k = 0; k + 1 < run.length(); k++) {
            if (idf.getOrDefault(run.substring(k, k + 2), 0.0) >= DISTINCTIVE) {
                return true;
            }
        }
        return false;
    }

    /** Counts of the bigrams of each run of Chinese characters (punctuation, digits and Latin split runs). */
    static Map<String, Integer> bigrams(String text, int weight) {
        Map<String, Integer> counts = new HashMap<>();
        int[] chars = text.codePoints().toArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (han(chars[i]) && han(chars[i + 1])) {
                counts.merge(new String(chars, i, 2), weight, Integer::sum);
            }
        }
        return counts;
    }

    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((gram, count) -> {
            double weight = idf.getOrDefault(gram, 0.0);
            if (weight > 0) {
                vector.put(gram, (1 + Math.log(count)) * weight);
            }
        });
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
