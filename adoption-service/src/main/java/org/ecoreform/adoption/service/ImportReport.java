package org.ecoreform.adoption.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.adoption.domain.Milestone;
import org.ecoreform.adoption.importer.ActionStatements;

/** What an import found: every row, matched, uncertain or rejected, with the scores behind it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportReport")
public record ImportReport(
        UUID id,

        @Schema(description = "False for a dry run: nothing but this report was stored")
        boolean committed,

        @Schema(example = "630000-2021-106") String planId,
        PlanInput plan,
        OffsetDateTime createdAt,
        String createdBy,
        Summary summary,

        @Schema(
                description =
                        "How the table was read: which header went to which column, columns not read, deadlines without a date",
                example =
                        "[\"columns read by their header: 序号 → 序号; 举措名称 → 名称; 责任单位 → 责任单位\", \"column 备注 is not read\"]")
        List<String> notes,

        List<RowOutcome> rows) {

    @Schema(name = "ImportSummary")
    public record Summary(
            @Schema(example = "52") int rows,
            @Schema(example = "52") int matched,
            @Schema(example = "0") int uncertain,
            @Schema(example = "0") int rejected,
            @Schema(example = "52") int stored,

            @Schema(
                    description = "Matched rows whose actions state work already done, so they start beyond planned",
                    example = "5")
            int startedBeyondPlanned,

            @Schema(
                    description = "Milestones of the matched rows: 完成时限 dates and commitments read from the actions",
                    example = "6")
            int milestones) {}

    /**
     * What a row's actions say beyond the plan: the status it starts with and the sentences that
     * make it so, the milestones read, and every dated or counted passage not read, with the reason.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "ImportRowProgress")
    public record Progress(
            @Schema(
                    enumeration = {"planned", "in-progress", "implemented"},
                    example = "in-progress")
            String startsAs,

            @Schema(description = "The sentences stating work done, kept as the first entry's evidence")
            List<String> doneSentences,

            List<MilestoneRead> milestones,

            @Schema(description = "Years and numbers of the actions that are neither, with the reason")
            List<Unread> unread) {

        static Progress of(ActionStatements.Reading reading, List<Milestone> milestones) {
            return new Progress(
                    reading.start().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    reading.done().stream().map(ActionStatements.Done::sentence).toList(),
                    milestones.stream()
                            .map(m -> new MilestoneRead(
                                    m.dueOn(),
                                    m.description(),
                                    m.figureValue(),
                                    m.figureUnit(),
                                    m.figureWhat(),
                                    m.figureUpTo()))
                            .toList(),
                    reading.unread().stream()
                            .map(u -> new Unread(u.text(), u.reason()))
                            .toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportMilestone")
    public record MilestoneRead(
            @Schema(example = "2023-12-31") java.time.LocalDate dueOn,
            @Schema(example = "西宁市全面建成生活垃圾分类收集和分类运输体系") String description,
            @Schema(example = "50") java.math.BigDecimal figureValue,
            @Schema(example = "个") String figureUnit,
            @Schema(example = "休闲农业和乡村旅游示范基地") String figureWhat,

            @Schema(description = "The upper end when the figure is a range (选择1—2个县: 2)", example = "2")
            java.math.BigDecimal figureUpTo) {}

    @Schema(name = "ImportUnread")
    public record Unread(
            @Schema(example = "成距离西宁、海东2小时休闲旅游经济") String text,
            @Schema(example = "no counting unit after 2") String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportRow")
    public record RowOutcome(
            Integer rowNumber,

            @Schema(description = "1-based line of the submitted text")
            int line,

            String name,

            @Schema(enumeration = {"matched", "uncertain", "rejected"})
            String verdict,

            List<ScoredMeasure> links,
            String adoptedPart,

            @Schema(description = "The best candidates considered, with scores")
            List<ScoredMeasure> candidates,

            String reason,

            @Schema(description = "The stored record, on commit")
            String recordId,

            @Schema(description = "What the row's actions say beyond the plan (rows read, not rejected ones)")
            Progress progress,

            @Schema(
                    description = "Responsible units the codelist does not know: kept as written, without an id",
                    example = "[\"人行拉萨中心支行\"]")
            List<String> unknownUnits) {

        static RowOutcome rejected(Integer rowNumber, int line, String text, String reason) {
            return new RowOutcome(rowNumber, line, text, "rejected", null, null, null, reason, null, null, null);
        }
    }

    @Schema(name = "ScoredMeasure")
    public record ScoredMeasure(
            @Schema(example = "N2020-07") String measureId,
            @Schema(example = "共商共管共建共享的国家公园管理体制") String name,
            @Schema(example = "0.968") double score) {}
}
