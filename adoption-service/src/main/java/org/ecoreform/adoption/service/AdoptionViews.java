package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.domain.Evidence;
import org.ecoreform.adoption.domain.MeasureLink;
import org.ecoreform.adoption.domain.ProgressChain;
import org.ecoreform.adoption.domain.ProgressEntry;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.reference.Label;
import org.ecoreform.platform.reference.Provinces;

/** Builds the published state of records, with labels from the plan, the replica and GB/T 2260. */
@ApplicationScoped
public class AdoptionViews {

    public AdoptionState stateOf(AdoptionRecord record) {
        return statesOf(List.of(record)).get(0);
    }

    public List<AdoptionState> statesOf(List<AdoptionRecord> records) {
        return statesOf(records, Optional.empty());
    }

    /** The states on {@code asOf} when given: the status in effect then, and the entries effective by then. */
    public List<AdoptionState> statesOf(List<AdoptionRecord> records, Optional<LocalDate> asOf) {
        Map<String, AdoptionPlan> plans = new HashMap<>();
        Map<String, CatalogueMeasure> measures = new HashMap<>();
        List<String> planIds = records.stream().map(r -> r.planId).distinct().toList();
        List<String> measureIds = records.stream()
                .flatMap(r -> r.measureIds().stream())
                .distinct()
                .toList();
        if (!planIds.isEmpty()) {
            AdoptionPlan.<AdoptionPlan>list("id in ?1", planIds).forEach(p -> plans.put(p.id, p));
        }
        if (!measureIds.isEmpty()) {
            CatalogueMeasure.<CatalogueMeasure>list("id in ?1", measureIds).forEach(m -> measures.put(m.id, m));
        }
        return records.stream()
                .map(r -> stateOf(r, plans.get(r.planId), measures, asOf))
                .toList();
    }

    public static Label province(String code) {
        return Provinces.label(code);
    }

    private static AdoptionState stateOf(
            AdoptionRecord r, AdoptionPlan plan, Map<String, CatalogueMeasure> replica, Optional<LocalDate> asOf) {
        List<AdoptionState.AdoptedMeasure> adopted = r.measures.stream()
                .map(link -> adopted(link, replica.get(link.measureId())))
                .toList();
        CatalogueMeasure first =
                r.measures.isEmpty() ? null : replica.get(r.measures.get(0).measureId());
        Label category = first == null ? null : new Label(first.categoryId, first.categoryNameZh, first.categoryNameEn);
        boolean retired = adopted.stream().anyMatch(m -> CatalogueMeasure.RETIRED.equals(m.status()));
        ProgressChain progress = r.progress();
        LocalDate day = asOf.orElse(LocalDate.MAX);
        Optional<ProgressEntry> inEffect = progress.inEffectOn(day);
        String status = inEffect.map(e -> e.toStatus.wireName()).orElse(r.status.wireName());
        return new AdoptionState(
                r.id,
                r.planId,
                province(plan.province),
                r.rowNumber,
                r.name,
                r.scope.name().toLowerCase(),
                r.adoptedPart,
                adopted,
                category,
                r.actions,
                r.writtenUnits(),
                r.sourceProvinces.stream().map(AdoptionViews::province).toList(),
                status,
                inEffect.map(e -> statusSince(progress, e)).orElse(null),
                retired,
                r.history.stream()
                        .filter(e -> !e.effectiveOn.isAfter(day))
                        .map(e -> step(e, progress))
                        .toList(),
                r.milestones.stream()
                        .map(m -> new AdoptionState.MilestoneView(
                                m.dueOn(),
                                m.description(),
                                m.done(),
                                m.figureValue() == null
                                        ? null
                                        : new AdoptionState.FigureView(
                                                m.figureValue(), m.figureUnit(), m.figureWhat(), m.figureUpTo())))
                        .toList(),
                r.version(),
                r.createdAt,
                r.updatedAt,
                new AdoptionState.Provenance(r.provenanceDocument, r.provenanceFile, r.provenanceLine),
                UnitReadings.views(r.responsibleUnits));
    }

    /** The day the status in effect began: the first entry of the run of live entries with that status that ends at {@code current}. */
    private static LocalDate statusSince(ProgressChain progress, ProgressEntry current) {
        LocalDate since = current.effectiveOn;
        AdoptionStatus previous = null;
        for (ProgressEntry entry : progress.live()) {
            if (entry.toStatus != previous) {
                since = entry.effectiveOn;
            }
            previous = entry.toStatus;
            if (entry == current) {
                break;
            }
        }
        return since;
    }

    private static AdoptionState.StatusStep step(ProgressEntry e, ProgressChain progress) {
        return new AdoptionState.StatusStep(
                e.id,
                e.fromStatus == null ? null : e.fromStatus.wireName(),
                e.toStatus.wireName(),
                e.effectiveOn,
                e.recordedAt,
                e.recordedBy,
                e.narrative,
                e.evidence.stream().map(AdoptionViews::evidence).toList(),
                e.corrects,
                progress.correctedBy(e).orElse(null));
    }

    private static AdoptionState.EvidenceView evidence(Evidence e) {
        return new AdoptionState.EvidenceView(
                e.documentNumber(),
                e.title(),
                e.issuedOn(),
                e.url(),
                e.excerpt(),
                e.figures().stream()
                        .map(f -> new AdoptionState.FigureView(f.value(), f.unit(), f.what(), f.upTo()))
                        .toList(),
                e.actDate());
    }

    private static AdoptionState.AdoptedMeasure adopted(MeasureLink link, CatalogueMeasure measure) {
        Double score = link.matchScore() == null ? null : link.matchScore().doubleValue();
        return measure == null
                ? new AdoptionState.AdoptedMeasure(link.measureId(), null, null, score)
                : new AdoptionState.AdoptedMeasure(measure.id, measure.name, measure.status, score);
    }
}
