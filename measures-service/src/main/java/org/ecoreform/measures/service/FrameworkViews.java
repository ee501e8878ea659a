package org.ecoreform.measures.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/** Response bodies of the framework API. */
public final class FrameworkViews {

    private FrameworkViews() {}

    @Schema(name = "Framework", description = "The policy framework the pilot measures implement")
    public record FrameworkView(
            @Schema(example = "F2015") String id,
            @Schema(example = "生态文明体制改革总体方案") String title,
            @Schema(example = "003_3ace114568b9b4df.txt") String sourceFile,
            @Schema(example = "56") int articleCount,
            List<SystemView> systems,

            @Schema(description = "The two general sections (总体要求, 实施保障), which are no system")
            List<SectionView> generalSections) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkSystem", description = "One of the eight institutional systems (sections 二 … 九)")
    public record SystemView(
            @Schema(example = "F2015-S1") String id,
            @Schema(example = "二") String section,
            @Schema(example = "健全自然资源资产产权制度") String nameZh,

            @Schema(example = "Natural resource asset property rights")
            String nameEn,

            @Schema(example = "5") int articleCount,

            @Schema(
                    description =
                            "Measures placed in the system (each measure serves one system; see the link report's rule)",
                    example = "4")
            long measureCount,

            @Schema(example = "57") int line,

            @Schema(description = "Its articles (GET /framework/systems/{id} only)")
            List<ArticleSummary> articles) {}

    @Schema(name = "FrameworkSection")
    public record SectionView(
            @Schema(example = "一") String numeral,
            @Schema(example = "生态文明体制改革的总体要求") String heading,
            int articleCount,
            int line) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkArticleSummary")
    public record ArticleSummary(
            @Schema(example = "F2015-A05") String id,
            @Schema(example = "5") int number,
            @Schema(example = "建立统一的确权登记系统") String heading,
            @Schema(example = "F2015-S1") String system,
            @Schema(example = "2") long measureCount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkArticle")
    public record ArticleView(
            @Schema(example = "F2015-A05") String id,
            @Schema(example = "5") int number,
            @Schema(example = "建立统一的确权登记系统") String heading,
            String text,
            SectionView section,
            Label system,
            List<LinkedMeasure> measures,
            Provenance provenance) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkLinkedMeasure")
    public record LinkedMeasure(
            @Schema(example = "N2020-01") String id,
            String name,
            @Schema(example = "0.286") BigDecimal score,
            @Schema(example = "reference-import") String decidedBy) {}

    @Schema(name = "FrameworkProvenance")
    public record Provenance(
            @Schema(example = "003_3ace114568b9b4df.txt") String file,
            @Schema(example = "59") int line) {}

    @Schema(
            name = "FrameworkLinkReport",
            description = "How each measure was placed in the framework and linked to its articles, and the rule")
    public record LinkReport(
            @Schema(example = "90") int measures,

            @Schema(description = "Measures with at least one article link", example = "59")
            int linked,

            @Schema(description = "Measures without an article link, reported with their candidates", example = "31")
            int uncertain,

            @Schema(
                    description =
                            "Measures placed in a system: all of them once the framework is loaded, but those "
                                    + "linked only to articles outside the eight systems (the general and implementation sections)",
                    example = "90")
            int placed,

            @Schema(
                    description = "Measures per basis of their placement (editor, article-link, candidates, category)",
                    example = "{\"article-link\": 40, \"editor\": 13, \"candidates\": 18, \"category\": 19}")
            Map<String, Integer> byBasis,

            @Schema(
                    description =
                            "Live links per maker: the matcher's rules (clear-best, category-agreement), catalogue-review, editor",
                    example = "{\"clear-best\": 21, \"category-agreement\": 21, \"catalogue-review\": 18}")
            Map<String, Integer> linksBy,

            @Schema(
                    description = "The lowest score of a link the matcher made by the clear-best rule",
                    example = "0.152")
            BigDecimal lowestAcceptedScore,

            Rule rule,

            @Schema(description = "Per category: the system it serves, why, and where its measures are placed")
            List<CategoryPlacement> categories,

            List<MeasureLinks> items) {}

    @Schema(
            name = "FrameworkLinkRule",
            description = "Links: the clear best article (score ≥ minScore and ≥ minMargin × the second), else "
                    + "category agreement (the best article of the category's system is among the "
                    + "measure's first agreementMaxRank candidates, "
                    + "scores ≥ agreementMinScore and ≥ agreementMargin × the next article of that "
                    + "system). System, first that applies: an "
                    + "editor's link (editor), the matcher's link (article-link), the category's "
                    + "system when one of the three candidates lies in "
                    + "it (candidates), the category's system alone (category). Editors' decisions, "
                    + "the shipped review's included, always win.")
    public record Rule(
            @Schema(example = "0.15") double minScore,
            @Schema(example = "1.5") double minMargin,
            @Schema(example = "0.09") double agreementMinScore,
            @Schema(example = "1.3") double agreementMargin,
            @Schema(example = "2") int agreementMaxRank) {}

    @Schema(name = "FrameworkCategoryPlacement")
    public record CategoryPlacement(
            @Schema(example = "C10") String category,
            @Schema(example = "生态补偿") String nameZh,
            @Schema(example = "F2015-S5") String system,

            @Schema(example = "article 32 of section 六 improves ecological compensation")
            String why,

            @Schema(example = "6") int measures,

            @Schema(description = "Its measures with an article link", example = "6")
            int linked,

            @Schema(description = "Its measures per system they are placed in", example = "{\"F2015-S5\": 6}")
            Map<String, Integer> placedIn) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkMeasureLinks")
    public record MeasureLinks(
            @Schema(example = "N2020-68") String measure,
            String name,
            @Schema(example = "C10") String category,
            @Schema(enumeration = {"linked", "uncertain"}) String status,
            MeasureState.Placement placement,
            List<ReportedLink> links,

            @Schema(description = "The matcher's best articles, best first")
            List<ReportedLink> candidates) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkReportedLink")
    public record ReportedLink(
            @Schema(example = "F2015-A32") String article,
            @Schema(example = "完善生态补偿机制") String heading,
            @Schema(example = "0.343") BigDecimal score,
            String decidedBy,
            @Schema(example = "clear-best") String rule) {}
}
