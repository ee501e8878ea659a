package org.ecoreform.measures.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.ecoreform.platform.reference.Label;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the framework API. */
public final class FrameworkViews {

    private FrameworkViews() {
    }

    @Schema(name = "Framework", description = "The policy framework the pilot measures implement")
    public record FrameworkView(
            @Schema(example = "F2015") String id,
            @Schema(example = "生态文明体制改革总体方案") String title,
            @Schema(example = "003_3ace114568b9b4df.txt") String sourceFile,
            @Schema(example = "56") int articleCount,
            List<SystemView> systems,
            @Schema(description = "The two general sections (总体要求, 实施保障), which are no system") List<SectionView> generalSections) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkSystem", description = "One of the eight institutional systems (sections 二 … 九)")
    public record SystemView(
            @Schema(example = "F2015-S1") String id,
            @Schema(example = "二") String section,
            @Schema(example = "健全自然资源资产产权制度") String nameZh,
            @Schema(example = "Natural resource asset property rights") String nameEn,
            @Schema(example = "5") int articleCount,
            @Schema(description = "Measures linked to its articles", example = "4") long measureCount,
            @Schema(example = "57") int line,
            @Schema(description = "Its articles (GET /framework/systems/{id} only)") List<ArticleSummary> articles) {
    }

    @Schema(name = "FrameworkSection")
    public record SectionView(@Schema(example = "一") String numeral, @Schema(example = "生态文明体制改革的总体要求") String heading,
                              int articleCount, int line) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkArticleSummary")
    public record ArticleSummary(
            @Schema(example = "F2015-A05") String id,
            @Schema(example = "5") int number,
            @Schema(example = "建立统一的确权登记系统") String heading,
            @Schema(example = "F2015-S1") String system,
            @Schema(example = "2") long measureCount) {
    }

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
            Provenance provenance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkLinkedMeasure")
    public record LinkedMeasure(@Schema(example = "N2020-01") String id, String name,
                                @Schema(example = "0.286") BigDecimal score, @Schema(example = "reference-import") String decidedBy) {
    }

    @Schema(name = "FrameworkProvenance")
    public record Provenance(@Schema(example = "003_3ace114568b9b4df.txt") String file, @Schema(example = "59") int line) {
    }

    @Schema(name = "FrameworkLinkReport", description = "How each measure was linked, and the rule used")
    public record LinkReport(
            @Schema(example = "90") int measures,
            @Schema(description = "Measures with at least one link", example = "26") int linked,
            @Schema(description = "Measures without a link, reported with candidates", example = "64") int uncertain,
            @Schema(description = "The lowest score of a link the matcher made", example = "0.154") BigDecimal lowestAcceptedScore,
            @Schema(description = "The rule: best score at least minScore and at least minMargin times the second best") Rule rule,
            List<MeasureLinks> items) {
    }

    @Schema(name = "FrameworkLinkRule")
    public record Rule(@Schema(example = "0.15") double minScore, @Schema(example = "1.5") double minMargin) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkMeasureLinks")
    public record MeasureLinks(
            @Schema(example = "N2020-68") String measure,
            String name,
            @Schema(enumeration = {"linked", "uncertain"}) String status,
            List<ReportedLink> links,
            @Schema(description = "The matcher's best articles, best first") List<ReportedLink> candidates) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkReportedLink")
    public record ReportedLink(@Schema(example = "F2015-A32") String article, @Schema(example = "完善生态补偿机制") String heading,
                               @Schema(example = "0.343") BigDecimal score, String decidedBy) {
    }
}
