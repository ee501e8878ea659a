package org.ecoreform.measures.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The matcher on the real documents: the national list's 90 measures against the 56 articles. */
class ArticleMatcherTest {

    private static final ArticleMatcher MATCHER = new ArticleMatcher(FrameworkDocumentParser.parse(
                    ReferenceTable.readResource("reference/003_3ace114568b9b4df.txt"),
                    "003_3ace114568b9b4df.txt",
                    FrameworkDocumentParser.systemNamesEn())
            .articles());
    private static final ResolvedCatalogue CATALOGUE = ResolvedCatalogue.resolve(
            CatalogueDocumentParser.parse(
                    ReferenceTable.readResource("reference/000_7b19ea8164b41faf.txt"), "000_7b19ea8164b41faf.txt"),
            Codelists.load());
    private static final Map<String, ArticleMatcher.Match> MATCHES = CATALOGUE.measures().stream()
            .map(m -> MATCHER.match(m.id(), m.name(), m.content()))
            .collect(Collectors.toMap(ArticleMatcher.Match::measureId, m -> m));

    private static String linked(String measure) {
        ArticleMatcher.Match match = MATCHES.get(measure);
        return match.confident() ? match.linked().articleId() : null;
    }

    @Test
    void linksTheMeasuresWhoseArticleIsClear() {
        // cross-provincial basin compensation → （三十二）完善生态补偿机制
        assertThat(List.of("N2020-68", "N2020-69", "N2020-70"))
                .allSatisfy(m -> assertThat(linked(m)).isEqualTo("F2015-A32"));
        // audit of natural resource assets on leaving office → （五十）对领导干部实行自然资源资产离任审计
        assertThat(linked("N2020-89")).isEqualTo("F2015-A50");
        // unified registration of natural resource rights → （五）建立统一的确权登记系统
        assertThat(linked("N2020-01")).isEqualTo("F2015-A05");
        // 多规合一 → （十五）推进市县“多规合一”
        assertThat(linked("N2020-11")).isEqualTo("F2015-A15");
        // green product procurement → （四十六）建立统一的绿色产品体系
        assertThat(linked("N2020-55")).isEqualTo("F2015-A46");
    }

    @Test
    void reportsTheRestAsUncertainWithRankedCandidates() {
        long confident = MATCHES.values().stream()
                .filter(ArticleMatcher.Match::confident)
                .count();
        assertThat(MATCHES).hasSize(90);
        // most pilot measures are local practices that no single article names: reported, not guessed.
        // The figures of the link report; a change of the rule or of the scoring shows here first.
        assertThat(confident).isEqualTo(22);
        assertThat(MATCHES.values().stream()
                        .filter(ArticleMatcher.Match::confident)
                        .mapToDouble(m -> m.linked().score())
                        .min()
                        .orElseThrow())
                .isEqualTo(0.16);
        ArticleMatcher.Match uncertain = MATCHES.values().stream()
                .filter(m -> !m.confident())
                .findFirst()
                .orElseThrow();
        assertThat(uncertain.candidates()).hasSize(3);
        assertThat(uncertain.candidates().get(0).score())
                .isGreaterThanOrEqualTo(uncertain.candidates().get(1).score());
        assertThat(MATCHES.values()).filteredOn(ArticleMatcher.Match::confident).allSatisfy(m -> {
            assertThat(m.linked().score()).isGreaterThanOrEqualTo(ArticleMatcher.MIN_SCORE);
            assertThat(m.linked().score())
                    .isGreaterThanOrEqualTo(m.candidates().get(1).score() * ArticleMatcher.MIN_MARGIN);
        });
    }

    @Test
    void scoresSimilarTextHigherThanUnrelatedText() {
        ParsedFramework.Article forests =
                new ParsedFramework.Article("X-A01", 1, "建立天然林保护制度", "建立天然林保护制度。将所有天然林纳入保护范围。", 2, null, 1);
        ParsedFramework.Article finance =
                new ParsedFramework.Article("X-A02", 2, "建立绿色金融体系", "建立绿色金融体系。推广绿色信贷。", 2, null, 2);
        ParsedFramework.Article water =
                new ParsedFramework.Article("X-A03", 3, "推行水权交易制度", "推行水权交易制度。合理界定和分配水权。", 2, null, 3);
        ArticleMatcher matcher = new ArticleMatcher(List.of(forests, finance, water));
        ArticleMatcher.Match match = matcher.match("M1", "绿色信贷产品", "推广绿色信贷，发展绿色金融。");
        assertThat(match.candidates().get(0).articleId()).isEqualTo("X-A02");
        assertThat(match.candidates().get(2).score()).isZero();
    }

    @Test
    void aScoreJustAboveTheFloorOnThinEvidenceLinksNothing() {
        // 资源枯竭型城市绿色转型 scores 0.152 with the mineral-resource article, 1.5 times the next: its name shares
        // nothing with the article and its text only two phrases of three characters or more
        ArticleMatcher.Match transition = MATCHES.get("N2020-53");
        assertThat(transition.confident()).isFalse();
        assertThat(transition.candidates().get(0).articleId()).isEqualTo("F2015-A25");
        assertThat(transition.candidates().get(0).score()).isEqualTo(0.152);
        ResolvedCatalogue.Measure measure = CATALOGUE.measures().stream()
                .filter(m -> m.id().equals("N2020-53"))
                .findFirst()
                .orElseThrow();
        assertThat(MATCHER.sharedPhrases(measure.name(), "F2015-A25")).isEmpty();
        assertThat(MATCHER.sharedPhrases(measure.name() + "。" + measure.content(), "F2015-A25"))
                .filteredOn(p -> p.length() >= 3)
                .containsExactly("开发利用", "资源开发");
        // a measure whose name is the article's subject keeps its link: 湿地 → （二十二）湿地保护制度
        assertThat(MATCHES.get("N2020-38").linked().articleId()).isEqualTo("F2015-A22");
    }
}
