package org.ecoreform.measures.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/**
 * The full current state of a measure as the service answers it: the body of
 * {@code GET /api/v1/measures/{id}}. Its event carries the same information as its own record,
 * {@link org.ecoreform.measures.event.MeasureChangedV1}. Labels are carried along so that clients
 * need no codelist of their own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Measure", description = "A reform measure of the national catalogue")
public record MeasureState(
        @Schema(example = "N2020-03") String id,
        @Schema(example = "N2020") String listCode,
        @Schema(example = "3") int number,
        Label category,
        @Schema(example = "“林票”制度") String name,
        @Schema(example = "三明市鼓励引导国有林业企事业单位与村集体……") String content,
        @Schema(enumeration = {"active", "retired"}, example = "active") String status,
        List<Label> sourceProvinces,
        List<Label> departments,
        @Schema(description = "The articles of the policy framework (F2015) the measure implements, with their systems; "
                + "empty when none is linked yet (GET /api/v1/framework/links reports why)") List<FrameworkLink> framework,
        @Schema(description = "Increases by one on every change; the ETag is \"v<version>\"", example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retiredAt,
        String retirementReason,
        Provenance provenance) {

    /** Where the record comes from: the source document and row, or {@code api} for API writes. */
    @Schema(name = "Provenance")
    public record Provenance(@Schema(example = "发改环资〔2020〕1793号") String document,
                             @Schema(example = "000_7b19ea8164b41faf.txt") String file,
                             @Schema(example = "33") Integer line,
                             @Schema(example = "2020-11-25") String documentDate) {
    }
}
