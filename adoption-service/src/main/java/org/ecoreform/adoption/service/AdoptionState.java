package org.ecoreform.adoption.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * The full current state of an adoption record as the service answers it. The REST body
 * ({@link org.ecoreform.adoption.rest.AdoptionResponse}) and the event payload
 * ({@link org.ecoreform.adoption.event.AdoptionChangedV1}) are mapped from it.
 */
public record AdoptionState(String id, String planId, Label province, int rowNumber, String name, String scope, String adoptedPart,
                            List<AdoptedMeasure> measures, Label category, String actions, List<String> responsibleUnits,
                            List<Label> sourceProvinces, String status, boolean measureRetired, List<StatusStep> history,
                            List<MilestoneView> milestones, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                            Provenance provenance) {

    public record AdoptedMeasure(String id, String name, String status, Double matchScore) {
    }

    public record StatusStep(String from, String to, OffsetDateTime at, String by, String reason) {
    }

    public record MilestoneView(LocalDate dueOn, String description, boolean done) {
    }

    public record Provenance(String document, String file, Integer line) {
    }
}
