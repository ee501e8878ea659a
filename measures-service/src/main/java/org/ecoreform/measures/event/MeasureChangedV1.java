package org.ecoreform.measures.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.platform.reference.Label;

/**
 * The payload of {@code org.ecoreform.measure.changed.v1}: the contract of platform/contracts
 * (events/org.ecoreform.measure.changed.v1.json), kept apart from the REST body so that a change of
 * the API cannot change the event. Within .v1 it only grows, as the schema does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureChangedV1(
        String id,
        String listCode,
        int number,
        Label category,
        String name,
        String content,
        String status,
        List<Label> sourceProvinces,
        List<Label> departments,
        List<ArticleLink> framework,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retiredAt,
        String retirementReason,
        Provenance provenance,
        List<Correction> corrections,
        Placement placement) {

    /** The institutional system the measure serves, the basis of that placement and its confidence. */
    public record Placement(String system, String basis, String confidence) {}

    /** A known typo of the text as published (kept so), its corrected form and why; absent when there is none. */
    public record Correction(String published, String corrected, String note) {}

    public record ArticleLink(String article, String system, BigDecimal score, String decidedBy, String rule) {}

    public record Provenance(String document, String file, Integer line, String documentDate) {}

    static MeasureChangedV1 of(MeasureState m) {
        return new MeasureChangedV1(
                m.id(),
                m.listCode(),
                m.number(),
                m.category(),
                m.name(),
                m.content(),
                m.status(),
                m.sourceProvinces(),
                m.departments(),
                m.framework() == null
                        ? List.of()
                        : m.framework().stream()
                                .map(l -> new ArticleLink(l.article(), l.system(), l.score(), l.decidedBy(), l.rule()))
                                .toList(),
                m.version(),
                m.createdAt(),
                m.updatedAt(),
                m.retiredAt(),
                m.retirementReason(),
                new Provenance(
                        m.provenance().document(),
                        m.provenance().file(),
                        m.provenance().line(),
                        m.provenance().documentDate()),
                m.corrections().isEmpty()
                        ? null
                        : m.corrections().stream()
                                .map(c -> new Correction(c.published(), c.corrected(), c.note()))
                                .toList(),
                m.placement() == null
                        ? null
                        : new Placement(
                                m.placement().system(),
                                m.placement().basis(),
                                m.placement().confidence()));
    }
}
