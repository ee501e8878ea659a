package org.ecoreform.measures.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.platform.reference.Label;

/**
 * A measure as the API answers it: the body of {@code GET /api/v1/measures/{id}} and of every write.
 * Mapped from the service's {@link MeasureState}; the event has a record of its own
 * ({@link org.ecoreform.measures.event.MeasureChangedV1}), so the two contracts change apart.
 * Labels are carried along so that clients need no codelist of their own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Measure", description = "A reform measure of the national catalogue")
public record MeasureResponse(
        @Schema(example = "N2020-03") String id,
        @Schema(example = "N2020") String listCode,
        @Schema(example = "3") int number,
        Label category,
        @Schema(example = "“林票”制度") String name,
        @Schema(example = "三明市鼓励引导国有林业企事业单位与村集体……") String content,

        @Schema(
                enumeration = {"active", "retired"},
                example = "active")
        String status,

        List<Label> sourceProvinces,
        List<Label> departments,

        @Schema(
                description =
                        "The articles of the policy framework (F2015) the measure implements, with their systems; "
                                + "empty when none is linked yet (GET /api/v1/framework/links reports why)")
        List<ArticleLink> framework,

        @Schema(description = "Increases by one on every change; the ETag is \"v<version>\"", example = "1")
        long version,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retiredAt,
        String retirementReason,
        Provenance provenance,

        @Schema(
                description =
                        "Known typos of the text as published, which stays as published; searching the corrected form finds the measure")
        List<Correction> corrections,

        @Schema(
                description =
                        "The institutional system of the framework the measure serves, given once the framework is loaded "
                                + "except for a measure linked only to articles outside the eight systems (it serves none); "
                                + "the rule is described at GET /api/v1/framework/links")
        Placement placement) {

    /** Where the measure stands in the framework. */
    @Schema(name = "Placement")
    public record Placement(
            @Schema(example = "F2015-S5") String system,

            @Schema(
                    enumeration = {"editor", "article-link", "candidates", "category"},
                    description =
                            "editor: an editor's link to an article of the system; article-link: the matcher's link; "
                                    + "candidates: the category's system, which one of the measure's three best articles lies in; "
                                    + "category: the category's system alone",
                    example = "article-link")
            String basis,

            @Schema(
                    enumeration = {"high", "medium", "low"},
                    example = "high")
            String confidence) {}

    /** A known typo of the source document. */
    @Schema(name = "Correction")
    public record Correction(
            @Schema(example = "筓筓湖") String published,
            @Schema(example = "筼筜湖") String corrected,

            @Schema(example = "The list writes Xiamen's 筼筜湖 (Yundang Lake) as 筓筓湖; kept as published.")
            String note) {}

    /** Where the record comes from: the source document and row, or {@code api} for API writes. */
    @Schema(name = "Provenance")
    public record Provenance(
            @Schema(example = "发改环资〔2020〕1793号") String document,
            @Schema(example = "000_7b19ea8164b41faf.txt") String file,
            @Schema(example = "33") Integer line,
            @Schema(example = "2020-11-25") String documentDate) {}

    /** An article of the policy framework the measure implements. */
    @Schema(name = "FrameworkLink")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleLink(
            @Schema(example = "F2015-A32") String article,

            @Schema(
                    description = "The institutional system of the article; absent for the general sections",
                    example = "F2015-S5")
            String system,

            @Schema(
                    description = "Text similarity found by the matcher (0 to 1); absent for a link an editor added",
                    example = "0.343")
            BigDecimal score,

            @Schema(
                    description =
                            "reference-import for the matcher, catalogue-review for the shipped review, else the editor who decided",
                    example = "reference-import")
            String decidedBy,

            @Schema(
                    enumeration = {"clear-best", "category-agreement"},
                    description = "For the matcher's links, the rule that made it",
                    example = "clear-best")
            String rule) {}

    static MeasureResponse of(MeasureState m) {
        return new MeasureResponse(
                m.id(),
                m.listCode(),
                m.number(),
                m.category(),
                m.name(),
                m.content(),
                m.status(),
                m.sourceProvinces(),
                m.departments(),
                m.framework() == null
                        ? null
                        : m.framework().stream()
                                .map(l -> new ArticleLink(l.article(), l.system(), l.score(), l.decidedBy(), l.rule()))
                                .toList(),
                m.version(),
                m.createdAt(),
                m.updatedAt(),
                m.retiredAt(),
                m.retirementReason(),
                new Provenance(
                        m.provenance().document(),
                        m.provenance().file(),
                        m.provenance().line(),
                        m.provenance().documentDate()),
                m.corrections().isEmpty()
                        ? null
                        : m.corrections().stream()
                                .map(c -> new Correction(c.published(), c.corrected(), c.note()))
                                .toList(),
                m.placement() == null
                        ? null
                        : new Placement(
                                m.placement().system(),
                                m.placement().basis(),
                                m.placement().confidence()));
    }
}
