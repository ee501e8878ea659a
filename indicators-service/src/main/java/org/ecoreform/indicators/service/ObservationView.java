package org.ecoreform.indicators.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.platform.reference.Label;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An observation as known at a moment (now, or {@code asOf}), with its revisions up to then. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Observation")
public record ObservationView(
        @Schema(example = "360000-forest-coverage-2019") String id,
        Label province,
        @Schema(example = "forest-coverage") String indicator,
        @Schema(example = "2019") int period,
        @Schema(example = "61.2") BigDecimal value,
        @Schema(enumeration = {"provisional", "verified"}, example = "verified") String status,
        @Schema(example = "江西省统计年鉴2020") String source,
        @Schema(example = "jiangxi-stats") String reportedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "1 for the first report, +1 per correction", example = "1") int revision,
        @Schema(description = "The ETag version (current state only)", example = "1") Long version,
        @Schema(description = "Earlier values, oldest first (single-observation reads)") List<Revision> history) {

    @Schema(name = "ObservationRevision")
    public record Revision(int revision, BigDecimal value, String status, String source, String reportedBy,
                           OffsetDateTime recordedAt) {
    }
}
