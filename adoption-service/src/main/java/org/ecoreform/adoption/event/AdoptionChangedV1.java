package org.ecoreform.adoption.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
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
public record AdoptionChangedV1(
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
        List<Milestone> milestones,
        List<Milestone> openMilestones,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance,
        List<Unit> units) {

    /** A responsible unit resolved to the codelist (id null when unknown), as written, leading or not, with "and others". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(
            String id, String nameZh, String nameEn, String kind, String written, boolean lead, boolean andOthers) {}

    public record AdoptedMeasure(String id, String name, String status, Double matchScore) {}

    /** A progress entry; evidence, corrects and correctedBy only when there are some. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StatusStep(
            long id,
            String from,
            String to,
            LocalDate effectiveOn,
            OffsetDateTime at,
            String by,
            String reason,
            List<Evidence> evidence,
            Long corrects,
            Long correctedBy,
            String status,
            String narrative) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Evidence(
            String documentNumber,
            String title,
            LocalDate issuedOn,
            String url,
            String excerpt,
            List<Figure> figures,
            String actDate) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(BigDecimal value, String unit, String what, BigDecimal upTo) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Milestone(LocalDate dueOn, String description, boolean done, Figure figure) {}

    public record Provenance(String document, String file, Integer line) {}

    static AdoptionChangedV1 of(AdoptionState r) {
        return new AdoptionChangedV1(
                r.id(),
                r.planId(),
                r.province(),
                r.rowNumber(),
                r.name(),
                r.scope(),
                r.adoptedPart(),
                r.measures().stream()
                        .map(m -> new AdoptedMeasure(m.id(), m.name(), m.status(), m.matchScore()))
                        .toList(),
                r.category(),
                r.actions(),
                r.responsibleUnits(),
                r.sourceProvinces(),
                r.status(),
                r.statusSince(),
                r.measureRetired(),
                r.history().stream().map(AdoptionChangedV1::step).toList(),
                milestones(r, true),
                milestones(r, false),
                r.version(),
                r.createdAt(),
                r.updatedAt(),
                new Provenance(
                        r.provenance().document(),
                        r.provenance().file(),
                        r.provenance().line()),
                r.units().stream()
                        .map(u -> new Unit(
                                u.id(), u.nameZh(), u.nameEn(), u.kind(), u.written(), u.lead(), u.andOthers()))
                        .toList());
    }

    private static StatusStep step(AdoptionState.StatusStep h) {
        return new StatusStep(
                h.id(),
                h.from(),
                h.to(),
                h.effectiveOn(),
                h.at(),
                h.by(),
                h.reason(),
                h.evidence().stream()
                        .map(e -> new Evidence(
                                e.documentNumber(),
                                e.title(),
                                e.issuedOn(),
                                e.url(),
                                e.excerpt(),
                                e.figures().stream()
                                        .map(AdoptionChangedV1::figure)
                                        .toList(),
                                e.actDate()))
                        .toList(),
                h.corrects(),
                h.correctedBy(),
                h.to(),
                h.reason());
    }

    /** Dated milestones keep their required dueOn; commitments without a date are openMilestones. */
    private static List<Milestone> milestones(AdoptionState r, boolean dated) {
        return r.milestones().stream()
                .filter(m -> (m.dueOn() != null) == dated)
                .map(m -> new Milestone(m.dueOn(), m.description(), m.done(), figure(m.figure())))
                .toList();
    }

    private static Figure figure(AdoptionState.FigureView f) {
        return f == null ? null : new Figure(f.value(), f.unit(), f.what(), f.upTo());
    }
}
