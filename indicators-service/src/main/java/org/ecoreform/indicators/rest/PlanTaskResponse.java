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

        @Schema(description = "Due every year from dueYear on (2017年起每年…): periodYears is 1")
        boolean yearly,

        @Schema(
                description = "Due again every this many years from dueYear on (2017年起每2年… is 2); absent when due once",
                minimum = "1",
                example = "2")
        Integer periodYears,

        @Schema(description = "Where the plan states it: part, section and item", example = "三（六）2")
        String section,

        @Schema(description = "The phrase that opens its paragraph", example = "探索编制自然资源资产负债表")
        String topic,

        @Schema(description = "The body the plan names to carry it out, when it names one")
        String responsibleBody,

        @Schema(
                description =
                        "On the day asked (China Standard Time): done (a completion, reported or by the national list's "
                                + "evidence; for a periodic task one within its period: this year or last for a yearly "
                                + "one), overdue (its year ended without one) or due",
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
            @Schema(description = "Who or what reported it") String by,

            @Schema(
                    description = "reported: by the province or an administrator (it replaces the list's evidence); "
                            + "national-list: the national list names a measure the task became as proven in the task's "
                            + "province, the list's document and date are the evidence",
                    enumeration = {"reported", "national-list"})
            String basis) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskMeasure")
    public record Measure(
            @Schema(example = "N2020-15") String id,
            @Schema(description = SCORE, example = "0.788") Double score,
            @Schema(enumeration = {"matched", "editor"}) String basis,

            @Schema(description = PHRASES, example = "[\"海绵城市建设\", \"萍乡市\"]")
            List<String> phrases,

            @Schema(description = PROVEN) Boolean provenInProvince) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanTaskCandidate")
    public record Candidate(
            @Schema(example = "N2020-67") String id,
            @Schema(description = SCORE, example = "0.675") double score,

            @Schema(description = PHRASES, example = "[\"补偿资金\", \"流域\"]")
            List<String> phrases,

            @Schema(description = PROVEN) Boolean provenInProvince) {}

    static final String SCORE = "Confidence in [0, 1]: the weight of the phrases shared with the measure's name and "
            + "content (rare letter pairs weigh more, generic words nothing, the name more than the content, the "
            + "task's own text more than its sentence), raised when the measure was proven in the task's province; "
            + "a match links at 0.7 or more when it shares more than one phrase and no rival is within 0.1";
    static final String PHRASES =
            "Why: the phrases the task shares with the measure, strongest first (empty for an editor's link)";
    static final String PROVEN = "Whether the national list names the task's province among the measure's sources";

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
                t.periodYears(),
                t.section(),
                t.topic(),
                t.responsibleBody(),
                t.status(),
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
