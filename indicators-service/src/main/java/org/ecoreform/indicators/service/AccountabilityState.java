package org.ecoreform.indicators.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.indicators.domain.Accountability;
import org.ecoreform.indicators.domain.Institution;
import org.ecoreform.platform.reference.Label;

/** Where a province stands with an institution of F2015-S8, as the service answers it (REST body and event are mapped from it). */
public record AccountabilityState(
        String id,
        Label province,
        InstitutionRef institution,
        String status,
        Integer dueYear,
        List<String> pilotPlaces,
        List<Step> history,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    public record InstitutionRef(String id, String nameZh, String nameEn, String article) {}

    public record Step(
            String status,
            LocalDate effectiveOn,
            String narrative,
            String documentNumber,
            String documentTitle,
            LocalDate issuedOn,
            String url,
            String by,
            OffsetDateTime at) {}

    public record Provenance(String document, String file, Integer line) {}

    static AccountabilityState of(Accountability a) {
        Institution institution = Institution.of(a.institution).orElseThrow();
        return new AccountabilityState(
                a.id,
                TargetViews.province(a.province.strip()),
                new InstitutionRef(institution.id(), institution.nameZh(), institution.nameEn(), institution.article()),
                a.status,
                a.dueYear,
                List.copyOf(a.pilotPlaces),
                a.history.stream()
                        .map(e -> new Step(
                                e.status,
                                e.effectiveOn,
                                e.narrative,
                                e.documentNumber,
                                e.documentTitle,
                                e.issuedOn,
                                e.url,
                                e.recordedBy,
                                e.recordedAt))
                        .toList(),
                a.version(),
                a.createdAt,
                a.updatedAt,
                new Provenance(a.provenanceDocument, a.provenanceFile, a.provenanceLine));
    }
}
