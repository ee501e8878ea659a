package org.ecoreform.adoption.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import found: every row, matched, uncertain or rejected, with the scores behind it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportReport")
public record ImportReport(
        UUID id,
        @Schema(description = "False for a dry run: nothing but this report was stored") boolean committed,
        @Schema(example = "630000-2021-106") String planId,
        PlanInput plan,
        OffsetDateTime createdAt,
        String createdBy,
        Summary summary,
        @Schema(description = "How the table was read: which header went to which column, columns not read, deadlines without a date",
                example = "[\"columns read by their header: 序号 → 序号; 举措名称 → 名称; 责任单位 → 责任单位\", \"column 备注 is not read\"]")
        List<String> notes,
        List<RowOutcome> rows) {

    @Schema(name = "ImportSummary")
    public record Summary(@Schema(example = "52") int rows, @Schema(example = "52") int matched,
                          @Schema(example = "0") int uncertain, @Schema(example = "0") int rejected,
                          @Schema(example = "52") int stored) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportRow")
    public record RowOutcome(
            Integer rowNumber,
            @Schema(description = "1-based line of the submitted text") int line,
            String name,
            @Schema(enumeration = {"matched", "uncertain", "rejected"}) String verdict,
            List<ScoredMeasure> links,
            String adoptedPart,
            @Schema(description = "The best candidates considered, with scores") List<ScoredMeasure> candidates,
            String reason,
            @Schema(description = "The stored record, on commit") String recordId) {
    }

    @Schema(name = "ScoredMeasure")
    public record ScoredMeasure(@Schema(example = "N2020-07") String measureId,
                                @Schema(example = "共商共管共建共享的国家公园管理体制") String name,
                                @Schema(example = "0.968") double score) {
    }
}
