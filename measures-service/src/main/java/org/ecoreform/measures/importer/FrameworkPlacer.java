package org.ecoreform.measures.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The placement rule: which article of the framework the matcher links a measure to, and which
 * institutional system every measure serves, with the basis of that placement.
 *
 * <p>Links: the matcher's clear best ({@link ArticleMatcher}: score ≥ 0.15 and 1.5 × the second), or
 * else <em>category agreement</em>: the best article of the system the measure's category serves is
 * the measure's first or second candidate overall, scores at least {@link #AGREEMENT_MIN_SCORE} and
 * at least {@link #AGREEMENT_MARGIN} times the next article of that system. Two independent signals,
 * the text and the category, then name the same article. Either rule needs more than one shared
 * phrase ({@link ArticleMatcher#supports}): a score is no link when one phrase makes it.
 *
 * <p>System, first that applies: an editor's link to an article of a system ({@code editor}); a
 * matcher's link ({@code article-link}); none when the measure's only links are to articles outside
 * the eight systems (完善法律法规, of the implementation section: only the systems' articles place a
 * measure in a system, and a decided link outranks the category); the category's system when one
 * of the measure's three candidates lies in it ({@code candidates}); the category's system alone
 * ({@code category}); for a category of no known system, the best candidate's system
 * ({@code candidates}, low).
 */
public final class FrameworkPlacer {

    public static final double AGREEMENT_MIN_SCORE = 0.09;
    public static final double AGREEMENT_MARGIN = 1.3;
    public static final int AGREEMENT_MAX_RANK = 2;

    public static final String CLEAR_BEST = "clear-best";
    public static final String CATEGORY_AGREEMENT = "category-agreement";

    /** An article the matcher links, by which rule. */
    public record Proposal(String articleId, double score, String rule) {}

    /** A live link of the measure: to which article, and whether the matcher made it. */
    public record LiveLink(String articleId, boolean byMatcher) {}

    /** Where a measure stands in the framework; {@code article} null when no link names one. */
    public record Placement(String system, Basis basis, Confidence confidence, String article) {}

    public enum Basis {
        EDITOR("editor"),
        ARTICLE_LINK("article-link"),
        CANDIDATES("candidates"),
        CATEGORY("category");

        private final String wireName;

        Basis(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public enum Confidence {
        HIGH,
        MEDIUM,
        LOW;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<String, String> systemOfArticle;

    /** @param systemOfArticle every article's system; articles of the general sections map to null or are absent */
    public FrameworkPlacer(Map<String, String> systemOfArticle) {
        this.systemOfArticle = Map.copyOf(systemOfArticle.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /**
     * The article the matcher links, if any: the clear best, else category agreement; either only
     * where {@code supported} says the measure shares more than one phrase with the article.
     */
    public Optional<Proposal> propose(
            List<ArticleMatcher.Candidate> ranked, String categorySystem, Predicate<String> supported) {
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        ArticleMatcher.Candidate best = ranked.get(0);
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        if (best.score() >= ArticleMatcher.MIN_SCORE
                && (second == 0 || best.score() / second >= ArticleMatcher.MIN_MARGIN)
                && supported.test(best.articleId())) {
            return Optional.of(new Proposal(best.articleId(), best.score(), CLEAR_BEST));
        }
        if (categorySystem == null) {
            return Optional.empty();
        }
        List<ArticleMatcher.Candidate> inSystem = ranked.stream()
                .filter(c -> categorySystem.equals(systemOfArticle.get(c.articleId())))
                .toList();
        if (inSystem.isEmpty()) {
            return Optional.empty();
        }
        ArticleMatcher.Candidate own = inSystem.get(0);
        double next = inSystem.size() > 1 ? inSystem.get(1).score() : 0;
        boolean agrees = ranked.indexOf(own) < AGREEMENT_MAX_RANK
                && own.score() >= AGREEMENT_MIN_SCORE
                && (next == 0 || own.score() / next >= AGREEMENT_MARGIN)
                && supported.test(own.articleId());
        return agrees ? Optional.of(new Proposal(own.articleId(), own.score(), CATEGORY_AGREEMENT)) : Optional.empty();
    }

    /**
     * The measure's system and its basis, from its live links, its candidates (best first) and its
     * category's system; null when it serves none (its links name only general articles, or nothing
     * places it).
     */
    public Placement place(List<LiveLink> links, List<ArticleMatcher.Candidate> candidates, String categorySystem) {
        Optional<LiveLink> editors = inSystem(links, false);
        if (editors.isPresent()) {
            return new Placement(
                    systemOfArticle.get(editors.get().articleId()),
                    Basis.EDITOR,
                    Confidence.HIGH,
                    editors.get().articleId());
        }
        Optional<LiveLink> matchers = inSystem(links, true);
        if (matchers.isPresent()) {
            return new Placement(
                    systemOfArticle.get(matchers.get().articleId()),
                    Basis.ARTICLE_LINK,
                    Confidence.HIGH,
                    matchers.get().articleId());
        }
        if (!links.isEmpty()) {
            // linked, but only to articles of the general sections (e.g. 完善法律法规): in none of the systems
            return null;
        }
        if (categorySystem != null) {
            boolean supported = candidates.stream()
                    .limit(ArticleMatcher.CANDIDATES)
                    .anyMatch(c -> categorySystem.equals(systemOfArticle.get(c.articleId())));
            return supported
                    ? new Placement(categorySystem, Basis.CANDIDATES, Confidence.MEDIUM, null)
                    : new Placement(categorySystem, Basis.CATEGORY, Confidence.LOW, null);
        }
        return candidates.stream()
                .map(c -> systemOfArticle.get(c.articleId()))
                .filter(Objects::nonNull)
                .findFirst()
                .map(system -> new Placement(system, Basis.CANDIDATES, Confidence.LOW, null))
                .orElse(null);
    }

    /** The first (by article id) live link to an article of a system, made by the matcher or not. */
    private Optional<LiveLink> inSystem(List<LiveLink> links, boolean byMatcher) {
        return links.stream()
                .filter(l -> l.byMatcher() == byMatcher && systemOfArticle.containsKey(l.articleId()))
                .min(Comparator.comparing(LiveLink::articleId));
    }
}
