package org.ecoreform.adoption.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.adoption.service.AdoptionState;
import org.ecoreform.platform.reference.Label;

/**
 * An adoption record as the API answers it: the body of {@code GET /api/v1/adoptions/{id}} and of
 * every write. Mapped from the service's {@link AdoptionState}; the event has a record of its own
 * ({@link org.ecoreform.adoption.event.AdoptionChangedV1}), so the two contracts change apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Adoption", description = "One record of a province's adoption plan")
public record AdoptionResponse(
        @Schema(example = "630000-2021-106-27") String id,
        @Schema(example = "630000-2021-106") String planId,
        Label province,
        @Schema(example = "27") int rowNumber,
        @Schema(example = "生态农业融合发展机制及生态产业发展机制") String name,

        @Schema(
                enumeration = {"whole", "part"},
                example = "whole")
        String scope,

        @Schema(
                description = "The quoted part adopted, when only part of a measure is",
                example = "关于加快推进国家湿地公园确权登记的相关举措")
        String adoptedPart,

        List<AdoptedMeasure> measures,

        @Schema(description = "Category of the (first) adopted measure")
        Label category,

        @Schema(description = "落实措施: the province's own actions")
        String actions,

        @Schema(example = "[\"省工业和信息化厅\", \"省农业农村厅\"]") List<String> responsibleUnits,
        List<Label> sourceProvinces,

        @Schema(
                enumeration = {"planned", "in-progress", "implemented", "suspended", "withdrawn"},
                example = "planned")
        String status,

        @Schema(description = "The day the status took effect", example = "2021-02-25")
        LocalDate statusSince,

        @Schema(description = "True when a measure this record adopts was retired from the catalogue afterwards")
        boolean measureRetired,

        List<StatusStep> history,

        @Schema(description = "Dated commitments (完成时限, or a year in the actions)")
        List<MilestoneView> milestones,

        @Schema(description = "Commitments without a date (a counted target in the actions: 打造示范基地50个)")
        List<MilestoneView> openMilestones,

        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance,

        @Schema(
                description =
                        "The responsible units resolved to the codelist (GET /api/v1/responsible-units): a unit leads only "
                                + "where the plan marks it 牵头; id null for a name the codelist does not know; "
                                + "responsibleUnits keeps the names as written")
        List<Unit> units) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ResponsibleUnit")
    public record Unit(
            @Schema(example = "forestry-grassland") String id,
            @Schema(example = "省林业和草原局") String nameZh,

            @Schema(example = "Provincial Forestry and Grassland Administration")
            String nameEn,

            @Schema(
                    enumeration = {"department", "branch", "group"},
                    description =
                            "department: a unit of the provincial government; branch: a national body's office in "
                                    + "the province (中国人民银行西宁中心支行); group: the member units of a leading group; absent "
                                    + "for a name the codelist does not know",
                    example = "department")
            String kind,

            @Schema(description = "As the plan writes it", example = "省林草局")
            String written,

            @Schema(
                    description = "The plan marks it as leading (牵头); no unit leads where the plan marks none",
                    example = "false")
            boolean lead,

            @Schema(description = "The plan adds 等相关单位 (and other units)", example = "false")
            boolean andOthers) {}

    @Schema(name = "AdoptedMeasure")
    public record AdoptedMeasure(
            @Schema(example = "N2020-46") String id,
            @Schema(example = "生态农业融合发展机制") String name,
            @Schema(example = "active") String status,

            @Schema(description = "Name-match score of the import; absent when linked by hand", example = "1.0")
            Double matchScore) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "StatusStep", description = "An entry of the record's progress, in the order entries were recorded")
    public record StatusStep(
            @Schema(description = "Entry id, to name in a correction", example = "1234")
            long id,

            @Schema(description = "The status in effect before, when the entry was recorded; absent for the first")
            String from,

            @Schema(
                    description = "The status from effectiveOn on (as a progress report or transition sends it)",
                    enumeration = {"planned", "in-progress", "implemented", "suspended", "withdrawn"},
                    example = "in-progress")
            String status,

            @Schema(description = "The day the status took effect", example = "2021-02-25")
            LocalDate effectiveOn,

            @Schema(description = "When the entry was recorded")
            OffsetDateTime at,

            @Schema(example = "qinghai-clerk") String by,

            @Schema(description = "What was done, as the report's narrative said it", example = "省林草局已印发实施方案")
            String narrative,

            List<Evidence> evidence,

            @Schema(description = "The entry this one corrects")
            Long corrects,

            @Schema(description = "The entry that corrects this one; a corrected entry no longer counts")
            Long correctedBy) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(
            name = "Evidence",
            description = "A document a progress entry rests on, the passage relied on, and the figures it reports")
    public record Evidence(
            @Schema(example = "青发改生态〔2021〕106号") String documentNumber,

            @Schema(example = "关于印发青海省贯彻落实《国家生态文明试验区改革举措和经验做法推广清单》的通知")
            String title,

            @Schema(example = "2021-02-25") LocalDate issuedOn,

            @Schema(example = "https://fgw.qinghai.gov.cn/zfxxgk/2021/106.html")
            String url,

            @Schema(example = "我省已成立由36名律师及法学专家组成的省生态环境法律服务团。")
            String excerpt,

            List<Figure> figures,

            @Schema(
                    description = "When the act the passage reports took place, as precisely as the passage dates it: "
                            + "a year, a month or a day (2014年11月…审议通过 → 2014-11); absent when it dates none",
                    pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
                    example = "2014-11")
            String actDate) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Figure", description = "A counted figure: 36 名 律师及法学专家; or a range: 1 to 2 个 县")
    public record Figure(
            @Schema(description = "The figure, or the lower end of a range", example = "36")
            BigDecimal value,

            @Schema(example = "名") String unit,
            @Schema(example = "律师及法学专家") String what,

            @Schema(
                    description =
                            "The upper end when the text gives a range (选择1—2个县: value 1, upTo 2); absent otherwise")
            BigDecimal upTo) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "Milestone",
            description =
                    "A commitment: due by a day (in milestones; openMilestones have none), and the figure it promises")
    public record MilestoneView(
            @Schema(example = "2023-12-31") LocalDate dueOn,
            @Schema(example = "西宁市全面建成生活垃圾分类收集和分类运输体系") String description,
            boolean done,
            Figure figure) {}

    @Schema(name = "AdoptionProvenance")
    public record Provenance(
            @Schema(
                    description = "The document number of the record's plan; a record added to the plan through the "
                            + "API carries it too",
                    example = "青发改生态〔2021〕106号")
            String document,

            @Schema(description = "The file the plan was read from", example = "002_05979245d1a96796.txt")
            String file,

            @Schema(
                    description = "The line of that file the record was read from; absent for a record added "
                            + "through the API",
                    example = "533")
            Integer line) {}

    static AdoptionResponse of(AdoptionState r) {
        return new AdoptionResponse(
                r.id(),
                r.planId(),
                r.province(),
                r.rowNumber(),
                r.name(),
                r.scope(),
                r.adoptedPart(),
                r.measures().stream()
                        .map(m -> new AdoptedMeasure(m.id(), m.name(), m.status(), m.matchScore()))
                        .toList(),
                r.category(),
                r.actions(),
                r.responsibleUnits(),
                r.sourceProvinces(),
                r.status(),
                r.statusSince(),
                r.measureRetired(),
                r.history().stream().map(AdoptionResponse::step).toList(),
                milestones(r, true),
                milestones(r, false),
                r.version(),
                r.createdAt(),
                r.updatedAt(),
                new Provenance(
                        r.provenance().document(),
                        r.provenance().file(),
                        r.provenance().line()),
                r.units().stream()
                        .map(u -> new Unit(
                                u.id(), u.nameZh(), u.nameEn(), u.kind(), u.written(), u.lead(), u.andOthers()))
                        .toList());
    }

    private static StatusStep step(AdoptionState.StatusStep h) {
        return new StatusStep(
                h.id(),
                h.from(),
                h.to(),
                h.effectiveOn(),
                h.at(),
                h.by(),
                h.reason(),
                h.evidence().stream()
                        .map(e -> new Evidence(
                                e.documentNumber(),
                                e.title(),
                                e.issuedOn(),
                                e.url(),
                                e.excerpt(),
                                e.figures().stream()
                                        .map(AdoptionResponse::figure)
                                        .toList(),
                                e.actDate()))
                        .toList(),
                h.corrects(),
                h.correctedBy());
    }

    private static List<MilestoneView> milestones(AdoptionState r, boolean dated) {
        return r.milestones().stream()
                .filter(m -> (m.dueOn() != null) == dated)
                .map(m -> new MilestoneView(m.dueOn(), m.description(), m.done(), figure(m.figure())))
                .toList();
    }

    private static Figure figure(AdoptionState.FigureView f) {
        return f == null ? null : new Figure(f.value(), f.unit(), f.what(), f.upTo());
    }
}
