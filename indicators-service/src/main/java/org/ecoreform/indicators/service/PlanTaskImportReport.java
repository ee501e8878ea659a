package org.ecoreform.indicators.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the plan tasks' sheet of an uploaded workbook gave, row by row; every row of the sheet is in it. */
@Schema(name = "PlanTaskImportReport")
public record PlanTaskImportReport(
        @Schema(description = "Whether the accepted rows were stored (commit=true); false for a preview")
        boolean committed,

        Summary summary,
        List<RowOutcome> rows) {

    @Schema(name = "PlanTaskImportSummary")
    public record Summary(
            @Schema(example = "3") int rows,

            @Schema(description = "Rows whose completion can be stored (or was, on a commit)", example = "2")
            int accepted,

            @Schema(
                    description = "Rows with nothing new: no completion written in them, or the task's own already",
                    example = "0")
            int unchanged,

            @Schema(example = "1") int refused,

            @Schema(description = "Completions stored by this request (0 for a preview or a replay)", example = "2")
            int stored) {}

    /** One row: accepted, unchanged, or refused with the column at fault and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskImportRow")
    public record RowOutcome(
            @Schema(description = "The row's number in the sheet (the header is row 1)", example = "4")
            int line,

            @Schema(example = "360000-2017-1-3") String task,

            @Schema(
                    enumeration = {"accepted", "unchanged", "refused"},
                    example = "refused")
            String verdict,

            @Schema(
                    description = "The sheet's column at fault (its header), for a refused row",
                    example = "完成日期 done on")
            String column,

            @Schema(example = "is after today (2026-12-08): report what has been done")
            String reason,

            @Schema(description = "The task's version after the stored completion (a commit)", example = "3")
            Long version) {

        static RowOutcome accepted(int line, String task, Long version) {
            return new RowOutcome(line, task, "accepted", null, null, version);
        }

        static RowOutcome unchanged(int line, String task, String reason) {
            return new RowOutcome(line, task, "unchanged", null, reason, null);
        }

        static RowOutcome refused(int line, String task, String column, String reason) {
            return new RowOutcome(line, task, "refused", column, reason, null);
        }
    }
}
