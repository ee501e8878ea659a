package org.ecoreform.adoption.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * The full current state of an adoption record as the service answers it (or its state on an
 * "as of" day: the status then, and the progress recorded up to then). The REST body
 * ({@link org.ecoreform.adoption.rest.AdoptionResponse}) and the event payload
 * ({@link org.ecoreform.adoption.event.AdoptionChangedV1}) are mapped from it.
 */
public record AdoptionState(
        String id,
        String planId,
        Label province,
        int rowNumber,
        String name,
        String scope,
        String adoptedPart,
        List<AdoptedMeasure> measures,
        Label category,
        String actions,
        List<String> responsibleUnits,
        List<Label> sourceProvinces,
        String status,
        LocalDate statusSince,
        boolean measureRetired,
        List<StatusStep> history,
        List<MilestoneView> milestones,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance,
        List<UnitView> units) {

    /**
     * A responsible unit: its id and names in the codelist (null when unknown), the name as the plan
     * writes it, whether it leads (the first), and whether the plan adds "and others" (等相关单位).
     */
    public record UnitView(
            String id, String nameZh, String nameEn, String kind, String written, boolean lead, boolean andOthers) {}

    public record AdoptedMeasure(String id, String name, String status, Double matchScore) {}

    /** A progress entry: the status it took effect with, when, recorded when and by whom, why, on what evidence. */
    public record StatusStep(
            long id,
            String from,
            String to,
            LocalDate effectiveOn,
            OffsetDateTime at,
            String by,
            String reason,
            List<EvidenceView> evidence,
            Long corrects,
            Long correctedBy) {}

    public record EvidenceView(
            String documentNumber,
            String title,
            LocalDate issuedOn,
            String url,
            String excerpt,
            List<FigureView> figures,
            String actDate) {}

    public record FigureView(BigDecimal value, String unit, String what, BigDecimal upTo) {}

    public record MilestoneView(LocalDate dueOn, String description, boolean done, FigureView figure) {}

    public record Provenance(String document, String file, Integer line) {}
}
