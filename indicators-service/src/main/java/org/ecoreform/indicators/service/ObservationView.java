package org.ecoreform.indicators.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/** An observation as known at a moment (now, or {@code asOf}), with its revisions up to then. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Observation")
public record ObservationView(
        @Schema(example = "360000-forest-coverage-2019") String id,
        Label province,
        @Schema(example = "forest-coverage") String indicator,
        @Schema(example = "2019") int period,
        @Schema(example = "61.2") BigDecimal value,

        @Schema(
                enumeration = {"provisional", "verified"},
                example = "verified")
        String status,

        @Schema(example = "江西省统计年鉴2020") String source,
        @Schema(example = "jiangxi-stats") String reportedBy,
        OffsetDateTime recordedAt,

        @Schema(description = "1 for the first report, +1 per correction", example = "1")
        int revision,

        @Schema(description = "The ETag version (current state only)", example = "1")
        Long version,

        @Schema(description = "Where an official source published the value: publisher, date, wording as published")
        Publication publication,

        @Schema(description = "Earlier values, oldest first (single-observation reads)")
        List<Revision> history,

        @Schema(
                description =
                        "A published value moved when a later plan named its indicator and scope: where it went (this one "
                                + "no longer counts and is left out of lists)",
                example = "350000-good-air-days-ratio-2020")
        String movedTo,

        @Schema(
                description = "The observation this one was moved from",
                example = "350000-good-air-days-ratio-prefecture-cities-2020")
        String movedFrom) {

    @Schema(name = "Publication")
    public record Publication(
            @Schema(example = "江西省人民政府新闻办公室、江西省生态环境厅新闻发布会") String publisher,

            @Schema(description = "A day or a month, as published", example = "2021-01")
            String publishedOn,

            @Schema(example = "全省地表水水质优良比例") String wording) {}

    @Schema(name = "ObservationRevision")
    public record Revision(
            int revision,
            BigDecimal value,
            String status,
            String source,
            String reportedBy,
            OffsetDateTime recordedAt) {}
}
