package org.ecoreform.measures.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The placement rule on the real documents: the 90 measures of the national list against the 56 articles. */
@Execution(ExecutionMode.CONCURRENT) // starts nothing shared: runs beside the Quarkus tests
class FrameworkPlacerTest {

    private static final ParsedFramework FRAMEWORK = FrameworkDocumentParser.parse(
            ReferenceTable.readResource("reference/003_3ace114568b9b4df.txt"),
            "003_3ace114568b9b4df.txt",
            FrameworkDocumentParser.systemNamesEn());
    private static final ResolvedCatalogue CATALOGUE = ResolvedCatalogue.resolve(
            CatalogueDocumentParser.parse(
                    ReferenceTable.readResource("reference/000_7b19ea8164b41faf.txt"), "000_7b19ea8164b41faf.txt"),
            Codelists.load());
    private static final Codelists CODELISTS = Codelists.load();
    private static final ArticleMatcher MATCHER = new ArticleMatcher(FRAMEWORK.articles());
    private static final Map<String, String> SYSTEM_OF = new HashMap<>();
    private static final Map<String, String> CATEGORY_SYSTEM = new HashMap<>();

    static {
        FRAMEWORK.articles().forEach(a -> SYSTEM_OF.put(a.id(), a.systemId()));
        CATALOGUE
                .categories()
                .forEach(c -> CATEGORY_SYSTEM.put(
                        c.id(),
                        CODELISTS.categorySystem(c.nameZh()).orElseThrow().systemId()));
    }

    private static final FrameworkPlacer PLACER = new FrameworkPlacer(SYSTEM_OF);

    private static Map<String, FrameworkPlacer.Proposal> proposals() {
        Map<String, FrameworkPlacer.Proposal> proposals = new TreeMap<>();
        for (ResolvedCatalogue.Measure m : CATALOGUE.measures()) {
            PLACER.propose(
                            MATCHER.ranked(m.name(), m.content()),
                            CATEGORY_SYSTEM.get(m.categoryId()),
                            article -> MATCHER.supports(m.name(), m.content(), article))
                    .ifPresent(p -> proposals.put(m.id(), p));
        }
        return proposals;
    }

    @Test
    void theClearBestLinksAreTheMatchersOwnAndCategoryAgreementAddsMore() {
        Map<String, FrameworkPlacer.Proposal> proposals = proposals();
        Map<String, String> clearBest = proposals.entrySet().stream()
                .filter(e -> e.getValue().rule().equals(FrameworkPlacer.CLEAR_BEST))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().articleId()));
        Map<String, String> matcherAlone = new TreeMap<>();
        for (ResolvedCatalogue.Measure m : CATALOGUE.measures()) {
            ArticleMatcher.Match match = MATCHER.match(m.id(), m.name(), m.content());
            if (match.confident()) {
                matcherAlone.put(m.id(), match.linked().articleId());
            }
        }
        // every link the matcher made alone is kept, unchanged
        assertThat(clearBest).hasSize(22).isEqualTo(matcherAlone);
        List<String> agreement = proposals.entrySet().stream()
                .filter(e -> e.getValue().rule().equals(FrameworkPlacer.CATEGORY_AGREEMENT))
                .map(e -> e.getKey() + "→" + e.getValue().articleId())
                .toList();
        assertThat(agreement)
                .contains("N2020-07→F2015-A12", "N2020-02→F2015-A05", "N2020-30→F2015-A37", "N2020-58→F2015-A45")
                // 福林贷 shares no phrase with the green-finance article: the category alone links nothing
                .doesNotContain("N2020-57→F2015-A45")
                .hasSize(23);
        assertThat(proposals.values())
                .filteredOn(p -> p.rule().equals(FrameworkPlacer.CATEGORY_AGREEMENT))
                .allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(FrameworkPlacer.AGREEMENT_MIN_SCORE));
    }

    @Test
    void everyMeasureIsPlacedInASystemButOneLinkedOnlyOutsideTheSystems() {
        Map<String, FrameworkPlacer.Proposal> proposals = proposals();
        Map<FrameworkPlacer.Basis, Integer> byBasis = new TreeMap<>();
        List<String> outside = new ArrayList<>();
        for (ResolvedCatalogue.Measure m : CATALOGUE.measures()) {
            List<FrameworkPlacer.LiveLink> links = Optional.ofNullable(proposals.get(m.id()))
                    .map(p -> List.of(new FrameworkPlacer.LiveLink(p.articleId(), true)))
                    .orElse(List.of());
            FrameworkPlacer.Placement placement =
                    PLACER.place(links, MATCHER.ranked(m.name(), m.content()), CATEGORY_SYSTEM.get(m.categoryId()));
            if (placement == null) {
                outside.add(m.id() + "→" + links.get(0).articleId());
                continue;
            }
            assertThat(placement.system()).as(m.id()).matches("F2015-S[1-8]");
            byBasis.merge(placement.basis(), 1, Integer::sum);
        }
        // the matcher's own link of the provincial regulation is to article 52 (leading the reform), of the
        // implementation section: only the eight systems' articles place a measure in a system
        assertThat(outside).containsExactly("N2020-85→F2015-A52");
        assertThat(byBasis.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(89);
        assertThat(byBasis).doesNotContainKey(FrameworkPlacer.Basis.EDITOR);
    }

    @Test
    void anEditorsLinkWinsAndAGeneralArticleLeavesTheSystemToTheCategory() {
        List<ArticleMatcher.Candidate> candidates = List.of(new ArticleMatcher.Candidate("F2015-A32", 0.3));
        assertThat(PLACER.place(
                        List.of(
                                new FrameworkPlacer.LiveLink("F2015-A32", true),
                                new FrameworkPlacer.LiveLink("F2015-A45", false)),
                        candidates,
                        "F2015-S5"))
                .isEqualTo(new FrameworkPlacer.Placement(
                        "F2015-S7", FrameworkPlacer.Basis.EDITOR, FrameworkPlacer.Confidence.HIGH, "F2015-A45"));
        // 完善法律法规 (A54) is in no system: a measure linked to it alone is placed in none, whatever its category
        assertThat(PLACER.place(List.of(new FrameworkPlacer.LiveLink("F2015-A54", false)), candidates, "F2015-S8"))
                .isNull();
        assertThat(PLACER.place(List.of(), candidates, "F2015-S5").basis()).isEqualTo(FrameworkPlacer.Basis.CANDIDATES);
        assertThat(PLACER.place(List.of(), candidates, null))
                .isEqualTo(new FrameworkPlacer.Placement(
                        "F2015-S5", FrameworkPlacer.Basis.CANDIDATES, FrameworkPlacer.Confidence.LOW, null));
    }

    @Test
    void theCategoryTableAgreesWithWhatTheCatalogueShows() {
        assertThat(CATEGORY_SYSTEM)
                .hasSize(14)
                .allSatisfy((c, s) -> assertThat(s).matches("F2015-S[1-8]"));
        // per category, the systems its measures' best articles lie in; where one system leads, the table names it
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        for (ResolvedCatalogue.Measure m : CATALOGUE.measures()) {
            String top = String.valueOf(
                    SYSTEM_OF.get(MATCHER.ranked(m.name(), m.content()).get(0).articleId()));
            votes.computeIfAbsent(m.categoryId(), k -> new TreeMap<>()).merge(top, 1, Integer::sum);
        }
        List<String> led = new ArrayList<>();
        votes.forEach((category, bySystem) -> {
            int most =
                    bySystem.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            List<String> leaders = bySystem.entrySet().stream()
                    .filter(e -> e.getValue() == most)
                    .map(Map.Entry::getKey)
                    .toList();
            if (leaders.size() == 1) {
                assertThat(CATEGORY_SYSTEM.get(category)).as(category).isEqualTo(leaders.get(0));
                led.add(category);
            }
        });
        assertThat(led).hasSize(10);
        // the categories whose name is an article's subject
        assertThat(CATEGORY_SYSTEM)
                .containsEntry("C10", "F2015-S5")
                .containsEntry("C09", "F2015-S7")
                .containsEntry("C04", "F2015-S4");
    }

    @Test
    void theReviewNamesRealLinksAndDisagreesWithTheRuleOnEach() {
        Map<String, FrameworkPlacer.Proposal> proposals = proposals();
        List<LinkReview.Decision> review = LinkReview.load();
        assertThat(review).isNotEmpty().allSatisfy(d -> {
            assertThat(SYSTEM_OF).as(d.articleId()).containsKey(d.articleId());
            assertThat(CATALOGUE.measures()).as(d.measureId()).anyMatch(m -> m.id().equals(d.measureId()));
            assertThat(d.why()).isNotBlank();
            boolean proposed = Optional.ofNullable(proposals.get(d.measureId()))
                    .map(p -> p.articleId().equals(d.articleId()))
                    .orElse(false);
            // a review row that agreed with the rule would say nothing: a removal names a link the rule makes, an
            // addition one it does not
            assertThat(proposed).as(d.measureId() + " " + d.articleId()).isEqualTo(!d.linked());
        });
        Map<String, List<String>> linked = new TreeMap<>();
        proposals.forEach(
                (m, p) -> linked.computeIfAbsent(m, k -> new ArrayList<>()).add(p.articleId()));
        review.forEach(d -> {
            if (d.linked()) {
                linked.computeIfAbsent(d.measureId(), k -> new ArrayList<>()).add(d.articleId());
            } else {
                linked.get(d.measureId()).remove(d.articleId());
            }
        });
        linked.values().removeIf(List::isEmpty);
        // 22 clear links and 23 by category agreement; the review removes N2020-86's and N2020-72's, moves N2020-85
        // to A54 and adds 18 (N2020-57 among them): 56 measures linked
        assertThat(linked)
                .hasSize(56)
                .doesNotContainKey("N2020-72")
                .doesNotContainKey("N2020-53")
                .containsEntry("N2020-57", List.of("F2015-A45"))
                .doesNotContainKey("N2020-86")
                .containsEntry("N2020-85", List.of("F2015-A54"))
                .containsEntry("N2020-07", List.of("F2015-A12"));
    }
}
