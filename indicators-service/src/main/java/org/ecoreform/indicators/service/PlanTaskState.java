package org.ecoreform.indicators.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * A plan task as the service answers it; the REST body and the event payload are mapped from it.
 * {@code status} is judged on the day asked (the event leaves it out: it changes with the calendar).
 */
public record PlanTaskState(
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
        String status,
        Completion completion,
        boolean linked,
        List<MeasureLink> measures,
        List<Candidate> candidates,
        List<Decision> decisions,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    public record Completion(
            LocalDate on, String narrative, String documentNumber, String url, String by, String basis) {}

    public record MeasureLink(String id, Double score, String basis, List<String> phrases, Boolean provenInProvince) {}

    public record Candidate(String id, double score, List<String> phrases, Boolean provenInProvince) {}

    public record Decision(String measureId, String decision, String by, OffsetDateTime at) {}

    public record Provenance(String document, String file, Integer line) {}
}
