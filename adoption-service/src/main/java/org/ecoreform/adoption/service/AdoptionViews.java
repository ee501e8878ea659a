package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.domain.AdoptionRecord;
import org.ecoreform.adoption.domain.CatalogueMeasure;
import org.ecoreform.adoption.domain.MeasureLink;
import org.ecoreform.platform.reference.Label;
import org.ecoreform.platform.reference.Provinces;

/** Builds the published state of records, with labels from the plan, the replica and GB/T 2260. */
@ApplicationScoped
public class AdoptionViews {

    public AdoptionState stateOf(AdoptionRecord record) {
        return statesOf(List.of(record)).get(0);
    }

    public List<AdoptionState> statesOf(List<AdoptionRecord> records) {
        Map<String, AdoptionPlan> plans = new HashMap<>();
        Map<String, CatalogueMeasure> measures = new HashMap<>();
        List<String> planIds = records.stream().map(r -> r.planId).distinct().toList();
        List<String> measureIds = records.stream().flatMap(r -> r.measureIds().stream()).distinct().toList();
        if (!planIds.isEmpty()) {
            AdoptionPlan.<AdoptionPlan>list("id in ?1", planIds).forEach(p -> plans.put(p.id, p));
        }
        if (!measureIds.isEmpty()) {
            CatalogueMeasure.<CatalogueMeasure>list("id in ?1", measureIds).forEach(m -> measures.put(m.id, m));
        }
        return records.stream().map(r -> stateOf(r, plans.get(r.planId), measures)).toList();
    }

    public static Label province(String code) {
        return Provinces.all().byCode(code)
                .map(p -> new Label(p.code(), p.nameZh(), p.nameEn()))
                .orElse(new Label(code, null, null));
    }

    private static AdoptionState stateOf(AdoptionRecord r, AdoptionPlan plan, Map<String, CatalogueMeasure> replica) {
        List<AdoptionState.AdoptedMeasure> adopted = r.measures.stream().map(link -> adopted(link, replica.get(link.measureId()))).toList();
        CatalogueMeasure first = r.measures.isEmpty() ? null : replica.get(r.measures.get(0).measureId());
        Label category = first == null ? null : new Label(first.categoryId, first.categoryNameZh, first.categoryNameEn);
        boolean retired = adopted.stream().anyMatch(m -> CatalogueMeasure.RETIRED.equals(m.status()));
        return new AdoptionState(r.id, r.planId, province(plan.province), r.rowNumber, r.name,
                r.scope.name().toLowerCase(), r.adoptedPart, adopted, category, r.actions, List.copyOf(r.responsibleUnits),
                r.sourceProvinces.stream().map(AdoptionViews::province).toList(),
                r.status.wireName(), retired,
                r.history.stream().map(h -> new AdoptionState.StatusStep(h.fromStatus == null ? null : h.fromStatus.wireName(),
                        h.toStatus.wireName(), h.changedAt, h.changedBy, h.reason)).toList(),
                r.milestones.stream().map(m -> new AdoptionState.MilestoneView(m.dueOn(), m.description(), m.done())).toList(),
                r.version(), r.createdAt, r.updatedAt,
                new AdoptionState.Provenance(r.provenanceDocument, r.provenanceFile, r.provenanceLine));
    }

    private static AdoptionState.AdoptedMeasure adopted(MeasureLink link, CatalogueMeasure measure) {
        Double score = link.matchScore() == null ? null : link.matchScore().doubleValue();
        return measure == null
                ? new AdoptionState.AdoptedMeasure(link.measureId(), null, null, score)
                : new AdoptionState.AdoptedMeasure(measure.id, measure.name, measure.status, score);
    }
}
