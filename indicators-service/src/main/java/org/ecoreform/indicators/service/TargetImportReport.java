package org.ecoreform.indicators.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a target import found in a plan's text, and what it stored when committed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TargetImportReport")
public record TargetImportReport(
        @Schema(example = "350000") String province,
        @Schema(example = "福建省生态环境保护“十四五”规划") String title,
        @Schema(example = "闽政〔2021〕20号") String documentNumber,
        LocalDate issuedOn,
        @Schema(description = "false for a dry run") boolean committed,

        @Schema(description = "The stored source document (commit only)", example = "3")
        Long sourceDocument,

        @Schema(description = "Target sentences found", example = "4")
        int targetCount,

        @Schema(description = "Of them, targets of indicators no known one matched", example = "1")
        int proposedIndicatorCount,

        List<FoundTarget> targets,

        @Schema(
                description = "Dated reform tasks found in the plan's key tasks (重点任务); stored as plan tasks on commit",
                example = "32")
        int taskCount,

        List<FoundTask> tasks,

        @Schema(
                description =
                        "What the reader should know: a plan imported before, nothing found, a year not read as a task's …")
        List<String> notes) {

    /** A dated reform task of the plan's key tasks. */
    @Schema(name = "FoundTask")
    public record FoundTask(
            @Schema(example = "2018年出台江西省自然资源资产负债表") String text,
            @Schema(example = "2018") int dueYear,
            boolean yearly,
            @Schema(example = "三（六）2") String section,

            @Schema(description = "Line of the submitted text, from 1", example = "65")
            int line) {}

    /** One target sentence: the indicator as worded, the slug it matched or the one proposed, and the target read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FoundTarget")
    public record FoundTarget(
            @Schema(description = "The stored target (commit only)", example = "350000-forest-coverage-2025")
            String target,

            @Schema(description = "The indicator as the plan words it", example = "全省森林覆盖率")
            String wording,

            @Schema(example = "forest-coverage") String indicator,

            @Schema(
                    description =
                            "matched: a known indicator; proposed: none matched, a new one is proposed (and created on commit)",
                    enumeration = {"matched", "proposed"})
            String match,

            ProposedIndicator proposedIndicator,

            @Schema(
                    enumeration = {"≥", "≤", "=", "eliminate", "increase", "decrease", "qualitative"},
                    example = "≥")
            String comparator,

            @Schema(example = "66") BigDecimal value,
            @Schema(example = "%") String unit,
            @Schema(example = "2025") int year,
            @Schema(example = "60.5") BigDecimal baselineValue,
            @Schema(example = "2020") Integer baselineYear,
            @Schema(example = "主要目标") String section,
            @Schema(example = "全省森林覆盖率保持在66%以上") String sentence,

            @Schema(description = "Line of the submitted text, from 1", example = "1")
            int line) {}

    @Schema(name = "ProposedIndicator")
    public record ProposedIndicator(
            @Schema(example = "plan-1a2b3c4d") String id,
            @Schema(example = "湿地保护率") String nameZh,
            @Schema(example = "%") String unit,
            @Schema(enumeration = {"higher", "lower"}) String direction) {}
}
