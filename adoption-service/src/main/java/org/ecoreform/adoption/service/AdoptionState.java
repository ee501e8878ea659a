package org.ecoreform.adoption.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/**
 * The full current state of an adoption record as the service answers it: the body of
 * {@code GET /api/v1/adoptions/{id}}. Its event carries the same information as its own record,
 * {@link org.ecoreform.adoption.event.AdoptionChangedV1}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Adoption", description = "One record of a province's adoption plan")
public record AdoptionState(
        @Schema(example = "630000-2021-106-27") String id,
        @Schema(example = "630000-2021-106") String planId,
        Label province,
        @Schema(example = "27") int rowNumber,
        @Schema(example = "生态农业融合发展机制及生态产业发展机制") String name,
        @Schema(enumeration = {"whole", "part"}, example = "whole") String scope,
        @Schema(description = "The quoted part adopted, when only part of a measure is", example = "关于加快推进国家湿地公园确权登记的相关举措")
        String adoptedPart,
        List<AdoptedMeasure> measures,
        @Schema(description = "Category of the (first) adopted measure") Label category,
        @Schema(description = "落实措施: the province's own actions") String actions,
        @Schema(example = "[\"省工业和信息化厅\", \"省农业农村厅\"]") List<String> responsibleUnits,
        List<Label> sourceProvinces,
        @Schema(enumeration = {"planned", "in-progress", "implemented", "suspended", "withdrawn"}, example = "planned") String status,
        @Schema(description = "True when a measure this record adopts was retired from the catalogue afterwards")
        boolean measureRetired,
        List<StatusStep> history,
        List<MilestoneView> milestones,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    @Schema(name = "AdoptedMeasure")
    public record AdoptedMeasure(@Schema(example = "N2020-46") String id, @Schema(example = "生态农业融合发展机制") String name,
                                 @Schema(example = "active") String status,
                                 @Schema(description = "Name-match score of the import; absent when linked by hand", example = "1.0")
                                 Double matchScore) {
    }

    @Schema(name = "StatusStep")
    public record StatusStep(String from, String to, OffsetDateTime at, String by, String reason) {
    }

    @Schema(name = "Milestone")
    public record MilestoneView(LocalDate dueOn, String description, boolean done) {
    }

    @Schema(name = "AdoptionProvenance")
    public record Provenance(@Schema(example = "青发改生态〔2021〕106号") String document,
                             @Schema(example = "002_05979245d1a96796.txt") String file,
                             @Schema(example = "533") Integer line) {
    }
}
