package org.ecoreform.adoption.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an uploaded progress workbook gave, row by row; every row of the file is in it. */
@Schema(name = "ProgressImportReport")
public record ProgressImportReport(
        @Schema(description = "Whether the accepted rows were stored (commit=true); false for a preview")
        boolean committed,

        Summary summary,
        List<RowOutcome> rows) {

    @Schema(name = "ProgressImportSummary")
    public record Summary(
            @Schema(example = "3") int rows,

            @Schema(description = "Rows whose report can be stored (or was, on a commit)", example = "2")
            int accepted,

            @Schema(
                    description =
                            "Rows with nothing new: no report written in them, or the same as the record's latest",
                    example = "0")
            int unchanged,

            @Schema(example = "1") int refused,

            @Schema(description = "Reports stored by this request (0 for a preview or a replay)", example = "2")
            int stored) {}

    /** One row: accepted, unchanged, or refused with the column at fault and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProgressImportRow")
    public record RowOutcome(
            @Schema(description = "The row's number in the sheet (the header is row 1)", example = "4")
            int line,

            @Schema(example = "630000-2021-106-12") String record,

            @Schema(
                    enumeration = {"accepted", "unchanged", "refused"},
                    example = "refused")
            String verdict,

            @Schema(
                    description = "The workbook column at fault (its header), for a refused row",
                    example = "生效日期 effective on")
            String column,

            @Schema(example = "is after today (2026-12-07): report what has taken effect")
            String reason,

            @Schema(description = "The record's version after the stored report (a commit)", example = "3")
            Long version) {

        static RowOutcome accepted(int line, String record, Long version) {
            return new RowOutcome(line, record, "accepted", null, null, version);
        }

        static RowOutcome unchanged(int line, String record, String reason) {
            return new RowOutcome(line, record, "unchanged", null, reason, null);
        }

        static RowOutcome refused(int line, String record, String column, String reason) {
            return new RowOutcome(line, record, "refused", column, reason, null);
        }
    }
}
