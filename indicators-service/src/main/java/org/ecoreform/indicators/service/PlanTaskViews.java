package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.indicators.domain.PlanTask;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.platform.change.Timestamps;

/** Builds the published state of plan tasks, with the plan's title and the status on today's date (China Standard Time). */
@ApplicationScoped
public class PlanTaskViews {

    private final Clock clock;

    public PlanTaskViews(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Timestamps.REFORM_TIME_ZONE));
    }

    public PlanTaskState stateOf(PlanTask task) {
        return statesOf(List.of(task)).get(0);
    }

    public List<PlanTaskState> statesOf(List<PlanTask> tasks) {
        Map<Long, String> titles = new HashMap<>();
        List<Long> documents =
                tasks.stream().map(t -> t.sourceDocumentId).distinct().toList();
        if (!documents.isEmpty()) {
            SourceDocument.<SourceDocument>list("id in ?1", documents).forEach(d -> titles.put(d.id, d.title));
        }
        LocalDate today = today();
        return tasks.stream()
                .map(t -> stateOf(t, titles.get(t.sourceDocumentId), today))
                .toList();
    }

    private static PlanTaskState stateOf(PlanTask t, String plan, LocalDate today) {
        return new PlanTaskState(
                t.id,
                TargetViews.province(t.province.strip()),
                t.sourceDocumentId,
                plan,
                t.position,
                t.text,
                t.dueYear,
                t.periodYears != null && t.periodYears == 1,
                t.periodYears,
                t.section,
                t.topic,
                t.responsibleBody,
                t.status(today),
                t.doneOn == null
                        ? null
                        : new PlanTaskState.Completion(
                                t.doneOn, t.doneNarrative, t.doneDocument, t.doneUrl, t.doneBy, t.doneBasis),
                t.linked,
                t.measures.stream()
                        .map(l -> new PlanTaskState.MeasureLink(
                                l.measureId(),
                                l.score() == null ? null : l.score().doubleValue(),
                                l.basis(),
                                phrases(l.phrases()),
                                l.provenInProvince()))
                        .toList(),
                t.candidates.stream()
                        .map(c -> new PlanTaskState.Candidate(
                                c.measureId(), c.score().doubleValue(), phrases(c.phrases()), c.provenInProvince()))
                        .toList(),
                t.decisions.stream()
                        .sorted(Comparator.comparing(PlanTask.Decision::measureId))
                        .map(d -> new PlanTaskState.Decision(d.measureId(), d.decision(), d.decidedBy(), d.decidedAt()))
                        .toList(),
                t.version(),
                t.createdAt,
                t.updatedAt,
                new PlanTaskState.Provenance(t.provenanceDocument, t.provenanceFile, t.provenanceLine));
    }

    /** The stored '、'-joined phrases as a list; none for links made before phrases were kept, or by an editor. */
    private static List<String> phrases(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("、"));
    }
}
