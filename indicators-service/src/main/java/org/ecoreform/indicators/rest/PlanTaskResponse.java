package org.ecoreform.indicators.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.indicators.service.PlanTaskState;
import org.ecoreform.platform.reference.Label;

/** A plan task as the API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "PlanTask",
        description = "A dated reform task of a plan, its status and the national measures it became")
public record PlanTaskResponse(
        @Schema(example = "360000-P1-30") String id,
        Label province,

        @Schema(description = "The source document (plan) it was read from", example = "1")
        long sourceDocument,

        @Schema(example = "国家生态文明试验区(江西)实施方案") String plan,

        @Schema(description = "Order in the plan", example = "30")
        int position,

        @Schema(example = "2018年出台江西省自然资源资产负债表") String text,

        @Schema(description = "Due by the end of this year", example = "2018")
        int dueYear,

        @Schema(description = "Due every year from dueYear on (2017年起每年…)")
        boolean yearly,

        @Schema(description = "Where the plan states it: part, section and item", example = "三（六）2")
        String section,

        @Schema(description = "The phrase that opens its paragraph", example = "探索编制自然资源资产负债表")
        String topic,

        @Schema(description = "The body the plan names to carry it out, when it names one")
        String responsibleBody,

        @Schema(
                description =
                        "On the day asked (China Standard Time): done (a completion reported; for a yearly task one this "
                                + "year or last), overdue (its year ended without one) or due",
                enumeration = {"due", "done", "overdue"})
        String status,

        Completion completion,

        @Schema(description = "False until the catalogue was known to link it")
        boolean linked,

        @Schema(description = "The national measures it became: matched with confidence, or decided by an editor")
        List<Measure> measures,

        @Schema(description = "Measures considered but not linked, best first")
        List<Candidate> candidates,

        @Schema(description = "Editors' decisions, kept through every later linking")
        List<Decision> decisions,

        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskCompletion")
    public record Completion(
            @Schema(example = "2018-06-30") LocalDate on,
            String narrative,
            @Schema(example = "赣自然资发〔2018〕12号") String documentNumber,
            String url,
            String by) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskMeasure")
    public record Measure(
            @Schema(example = "N2020-15") String id,
            @Schema(example = "1.0") Double score,
            @Schema(enumeration = {"matched", "editor"}) String basis) {}

    @Schema(name = "PlanTaskCandidate")
    public record Candidate(
            @Schema(example = "N2020-67") String id,
            @Schema(example = "0.714") double score) {}

    @Schema(name = "PlanTaskDecision")
    public record Decision(
            @Schema(example = "N2020-69") String measureId,
            @Schema(enumeration = {"link", "unlink"}) String decision,
            String by,
            OffsetDateTime at) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskProvenance")
    public record Provenance(
            @Schema(example = "国家生态文明试验区(江西)实施方案") String document,
            @Schema(example = "001_b109216fcd3a97d1.txt") String file,
            @Schema(example = "65") Integer line) {}

    static PlanTaskResponse of(PlanTaskState t) {
        PlanTaskState.Completion c = t.completion();
        return new PlanTaskResponse(
                t.id(),
                t.province(),
                t.sourceDocument(),
                t.plan(),
                t.position(),
                t.text(),
                t.dueYear(),
                t.yearly(),
                t.section(),
                t.topic(),
                t.responsibleBody(),
                t.status(),
                c == null ? null : new Completion(c.on(), c.narrative(), c.documentNumber(), c.url(), c.by()),
                t.linked(),
                t.measures().stream()
                        .map(m -> new Measure(m.id(), m.score(), m.basis()))
                        .toList(),
                t.candidates().stream()
                        .map(m -> new Candidate(m.id(), m.score()))
                        .toList(),
                t.decisions().stream()
                        .map(d -> new Decision(d.measureId(), d.decision(), d.by(), d.at()))
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
