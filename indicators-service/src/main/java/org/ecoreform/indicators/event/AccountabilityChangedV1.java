package org.ecoreform.indicators.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.indicators.service.AccountabilityState;
import org.ecoreform.platform.reference.Label;

/** The payload of {@code org.ecoreform.accountability.changed.v1} (platform/contracts events/…json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountabilityChangedV1(
        String id,
        Label province,
        Institution institution,
        String status,
        Integer dueYear,
        List<String> pilotPlaces,
        List<Step> history,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Institution(String id, String nameZh, String nameEn, String article) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String document, String file, Integer line) {}

    static AccountabilityChangedV1 of(AccountabilityState a) {
        return new AccountabilityChangedV1(
                a.id(),
                a.province(),
                new Institution(
                        a.institution().id(),
                        a.institution().nameZh(),
                        a.institution().nameEn(),
                        a.institution().article()),
                a.status(),
                a.dueYear(),
                a.pilotPlaces(),
                a.history().stream()
                        .map(h -> new Step(
                                h.status(),
                                h.effectiveOn(),
                                h.narrative(),
                                h.documentNumber(),
                                h.documentTitle(),
                                h.issuedOn(),
                                h.url(),
                                h.by(),
                                h.at()))
                        .toList(),
                a.version(),
                a.createdAt(),
                a.updatedAt(),
                new Provenance(
                        a.provenance().document(),
                        a.provenance().file(),
                        a.provenance().line()));
    }
}
