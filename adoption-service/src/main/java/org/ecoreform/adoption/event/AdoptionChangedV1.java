package org.ecoreform.adoption.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.adoption.service.AdoptionState;
import org.ecoreform.platform.reference.Label;

/**
 * The payload of {@code org.ecoreform.adoption.changed.v1}: the contract of platform/contracts
 * (events/org.ecoreform.adoption.changed.v1.json), kept apart from the REST body so that a change of
 * the API cannot change the event. Within .v1 it only grows, as the schema does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdoptionChangedV1(String id, String planId, Label province, int rowNumber, String name, String scope, String adoptedPart,
                                List<AdoptedMeasure> measures, Label category, String actions, List<String> responsibleUnits,
                                List<Label> sourceProvinces, String status, boolean measureRetired, List<StatusStep> history,
                                List<Milestone> milestones, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                                Provenance provenance) {

    public record AdoptedMeasure(String id, String name, String status, Double matchScore) {
    }

    public record StatusStep(String from, String to, OffsetDateTime at, String by, String reason) {
    }

    public record Milestone(LocalDate dueOn, String description, boolean done) {
    }

    public record Provenance(String document, String file, Integer line) {
    }

    static AdoptionChangedV1 of(AdoptionState r) {
        return new AdoptionChangedV1(r.id(), r.planId(), r.province(), r.rowNumber(), r.name(), r.scope(), r.adoptedPart(),
                r.measures().stream().map(m -> new AdoptedMeasure(m.id(), m.name(), m.status(), m.matchScore())).toList(),
                r.category(), r.actions(), r.responsibleUnits(), r.sourceProvinces(), r.status(), r.measureRetired(),
                r.history() == null ? null : r.history().stream().map(h -> new StatusStep(h.from(), h.to(), h.at(), h.by(), h.reason())).toList(),
                r.milestones() == null ? null : r.milestones().stream().map(m -> new Milestone(m.dueOn(), m.description(), m.done())).toList(),
                r.version(), r.createdAt(), r.updatedAt(),
                new Provenance(r.provenance().document(), r.provenance().file(), r.provenance().line()));
    }
}
