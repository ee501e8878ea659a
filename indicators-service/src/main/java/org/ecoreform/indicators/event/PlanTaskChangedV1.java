package org.ecoreform.indicators.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.indicators.service.PlanTaskState;
import org.ecoreform.platform.reference.Label;

/**
 * The payload of {@code org.ecoreform.plantask.changed.v1}: the contract of platform/contracts
 * (events/org.ecoreform.plantask.changed.v1.json). It has no status: due or overdue changes with the
 * calendar, not with an event; consumers judge it from {@code dueYear}, {@code periodYears} and {@code completion}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanTaskChangedV1(
        String id,
        Label province,
        long sourceDocument,
        String plan,
        int position,
        String text,
        int dueYear,
        boolean yearly,
        Integer periodYears,
        String section,
        String topic,
        String responsibleBody,
        Completion completion,
        boolean linked,
        List<Measure> measures,
        List<Candidate> candidates,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Completion(
            LocalDate on, String narrative, String documentNumber, String url, String by, String basis) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(String id, Double score, String basis, List<String> phrases, Boolean provenInProvince) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(String id, double score, List<String> phrases, Boolean provenInProvince) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String document, String file, Integer line) {}

    static PlanTaskChangedV1 of(PlanTaskState t) {
        PlanTaskState.Completion c = t.completion();
        return new PlanTaskChangedV1(
                t.id(),
                t.province(),
                t.sourceDocument(),
                t.plan(),
                t.position(),
                t.text(),
                t.dueYear(),
                t.yearly(),
                t.periodYears(),
                t.section(),
                t.topic(),
                t.responsibleBody(),
                c == null
                        ? null
                        : new Completion(c.on(), c.narrative(), c.documentNumber(), c.url(), c.by(), c.basis()),
                t.linked(),
                t.measures().stream()
                        .map(m -> new Measure(m.id(), m.score(), m.basis(), m.phrases(), m.provenInProvince()))
                        .toList(),
                t.candidates().stream()
                        .map(m -> new Candidate(m.id(), m.score(), m.phrases(), m.provenInProvince()))
                        .toList(),
                t.version(),
                t.createdAt(),
                t.updatedAt(),
                new Provenance(
                        t.provenance().document(),
                        t.provenance().file(),
                        t.provenance().line()));
    }
}
