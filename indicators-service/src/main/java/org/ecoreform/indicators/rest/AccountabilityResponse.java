package org.ecoreform.indicators.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.indicators.service.AccountabilityState;
import org.ecoreform.platform.reference.Label;

/** A province's record of one institution of F2015-S8, as the API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Accountability",
        description = "Where a province stands with an assessment or accountability institution")
public record AccountabilityResponse(
        @Schema(example = "360000-resource-balance-sheet") String id,
        Label province,
        Institution institution,

        @Schema(
                enumeration = {"planned", "piloting", "established"},
                example = "piloting")
        String status,

        @Schema(description = "The year the plan sets for it, when it names one", example = "2018")
        Integer dueYear,

        @Schema(example = "[\"萍乡市\", \"吉安市\", \"宜春市\", \"抚州市\", \"兴国县\"]")
        List<String> pilotPlaces,

        List<Step> history,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Institution")
    public record Institution(
            @Schema(example = "resource-balance-sheet") String id,
            @Schema(example = "自然资源资产负债表") String nameZh,

            @Schema(example = "Natural-resource balance sheet")
            String nameEn,

            @Schema(description = "The 2015 plan's article that asks for it", example = "F2015-A49")
            String article) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AccountabilityStep")
    public record Step(
            String status,

            @Schema(description = "Absent when the plan stating it gives no date")
            LocalDate effectiveOn,

            String narrative,
            String documentNumber,
            String documentTitle,
            LocalDate issuedOn,
            String url,
            String by,
            OffsetDateTime at) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AccountabilityProvenance")
    public record Provenance(String document, String file, Integer line) {}

    static AccountabilityResponse of(AccountabilityState a) {
        return new AccountabilityResponse(
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
