package org.ecoreform.adoption.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.platform.reference.Label;

/**
 * The payload of {@code org.ecoreform.adoptionplan.changed.v1} (platform/contracts): a plan's own
 * facts. Its records' counts are not in it: they follow from {@code ecoreform.adoptions.v1}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdoptionPlanChangedV1(
        String id,
        Label province,
        String issuingBody,
        String documentNumber,
        LocalDate issuedOn,
        String title,
        long version,
        OffsetDateTime createdAt,
        Provenance provenance) {

    /** The document the plan is, and the file it was read from when there was one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String document, String file) {}

    public static AdoptionPlanChangedV1 of(AdoptionPlan plan, Label province) {
        return new AdoptionPlanChangedV1(
                plan.id,
                province,
                plan.issuingBody,
                plan.documentNumber,
                plan.issuedOn,
                plan.title,
                plan.version,
                plan.createdAt,
                new Provenance(plan.documentNumber, plan.sourceFile));
    }
}
