package org.ecoreform.adoption.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    static AdoptionResponse of(AdoptionState r) {
        return new AdoptionResponse(r.id(), r.planId(), r.province(), r.rowNumber(), r.name(), r.scope(), r.adoptedPart(),
                r.measures().stream().map(m -> new AdoptedMeasure(m.id(), m.name(), m.status(), m.matchScore())).toList(),
                r.category(), r.actions(), r.responsibleUnits(), r.sourceProvinces(), r.status(), r.measureRetired(),
                r.history() == null ? null : r.history().stream().map(h -> new StatusStep(h.from(), h.to(), h.at(), h.by(), h.reason())).toList(),
                r.milestones() == null ? null : r.milestones().stream().map(m -> new MilestoneView(m.dueOn(), m.description(), m.done())).toList(),
                r.version(), r.createdAt(), r.updatedAt(), new Provenance(r.provenance().document(), r.provenance().file(), r.provenance().line()));
    }
}
