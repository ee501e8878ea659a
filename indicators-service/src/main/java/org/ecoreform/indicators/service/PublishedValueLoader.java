package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.Observation;
import org.ecoreform.indicators.domain.ObservationRevision;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.indicators.importer.IndicatorCodelist;
import org.ecoreform.indicators.importer.PublishedValueMatcher;
import org.ecoreform.indicators.importer.PublishedValues;
import org.ecoreform.platform.change.Caller;

/**
 * The values official sources published, as observations: loaded under the indicator of the
 * province's target where the scope matches, else under one of their own ({@link PublishedValueMatcher});
 * and, when a later plan names a loaded value's indicator and scope, moved to that plan's indicator.
 * The targets of each indicator touched are re-announced with their attainment.
 */
@ApplicationScoped
public class PublishedValueLoader {

    static final String FILE = PublishedValues.RESOURCE.substring(PublishedValues.RESOURCE.lastIndexOf('/') + 1);

    private final EntityManager em;
    private final TargetService targets;
    private final ObservationService observations;

    public PublishedValueLoader(EntityManager em, TargetService targets, ObservationService observations) {
        this.em = em;
        this.targets = targets;
        this.observations = observations;
    }

    /** Each value once: per value loaded, the indicator it went to and why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> load(List<PublishedValues.Value> values, Caller caller, OffsetDateTime now) {
        if (values.isEmpty()) {
            return List.of();
        }
        // the targets of the values' provinces only: the matcher compares a value with its own province's targets
        PublishedValueMatcher matcher = matcher(
                values.stream().map(PublishedValues.Value::province).distinct().toList());
        List<String> report = new ArrayList<>();
        Set<List<String>> touched = new LinkedHashSet<>();
        for (PublishedValues.Value value : values) {
            PublishedValueMatcher.Decision decision = matcher.decide(value);
            String id = ObservationService.id(value.province(), decision.indicatorId(), value.period());
            Observation existing = Observation.findById(id);
            if (existing != null || Observation.count("movedFrom = ?1", id) > 0) {
                continue;
            }
            ensureIndicator(decision, value.line(), caller, now);
            Observation observation = ObservationService.newObservation(
                    value.province(), decision.indicatorId(), value.period(), caller, now);
            observation.provenanceDocument = value.publisher();
            observation.provenanceFile = FILE;
            observation.provenanceLine = value.line();
            observation.persist();
            observations.addRevision(
                    observation,
                    value.value(),
                    "verified",
                    value.publisher() + " (" + value.publishedOn() + ")",
                    caller,
                    now,
                    new ObservationView.Publication(value.publisher(), value.publishedOn(), value.wording()));
            touched.add(List.of(value.province(), decision.indicatorId()));
            report.add(value.province() + " " + value.period() + " " + value.wording() + " → " + decision.indicatorId()
                    + " (" + decision.reason() + ")");
        }
        em.flush();
        touched.forEach(pair -> targets.observationChanged(pair.get(0), pair.get(1), caller));
        return report;
    }

    /**
     * After a plan of the province is stored: each published value of the province is judged again
     * against all its targets; one whose indicator is now another's (the plan names its indicator for
     * its scope) moves there, unless that indicator already holds a value for the period (kept, and
     * said why). Work in proportion to the province's published values.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> followTargets(String province, Caller caller, OffsetDateTime now) {
        PublishedValueMatcher matcher = matcher(List.of(province));
        List<String> moves = new ArrayList<>();
        Set<List<String>> touched = new LinkedHashSet<>();
        for (Observation loaded : Observation.<Observation>list(
                "province = ?1 and provenanceFile = ?2 and movedTo is null order by id", province, FILE)) {
            ObservationRevision published = loaded.revisions.get(0);
            if (published.publishedWording == null) {
                continue;
            }
            PublishedValues.Value value = new PublishedValues.Value(
                    province,
                    loaded.period,
                    published.publishedWording,
                    published.value,
                    null,
                    published.publisher,
                    published.publishedOn,
                    loaded.provenanceLine == null ? 0 : loaded.provenanceLine);
            PublishedValueMatcher.Decision decision = matcher.decide(value);
            if (decision.indicatorId().equals(loaded.indicatorId)) {
                continue;
            }
            String id = ObservationService.id(province, decision.indicatorId(), loaded.period);
            if (Observation.findById(id) != null) {
                moves.add(loaded.id + " stays: " + id + " already holds a value for " + loaded.period);
                continue;
            }
            ensureIndicator(decision, value.line(), caller, now);
            moveTo(loaded, decision.indicatorId(), caller, now);
            touched.add(List.of(province, loaded.indicatorId));
            touched.add(List.of(province, decision.indicatorId()));
            moves.add(loaded.id + " → " + id + " (" + decision.reason() + ")");
        }
        em.flush();
        touched.forEach(pair -> targets.observationChanged(pair.get(0), pair.get(1), caller));
        return moves;
    }

    /** A new observation under the indicator with the same revisions (values, sources, times); the old one points to it. */
    private void moveTo(Observation loaded, String indicatorId, Caller caller, OffsetDateTime now) {
        Observation moved = ObservationService.newObservation(loaded.province, indicatorId, loaded.period, caller, now);
        moved.provenanceDocument = loaded.provenanceDocument;
        moved.provenanceFile = loaded.provenanceFile;
        moved.provenanceLine = loaded.provenanceLine;
        moved.movedFrom = loaded.id;
        moved.persist();
        for (ObservationRevision r : loaded.revisions) {
            observations.addRevision(
                    moved,
                    r.value,
                    r.status,
                    r.source,
                    Caller.system(r.reportedBy),
                    r.recordedAt,
                    r.publisher == null
                            ? null
                            : new ObservationView.Publication(r.publisher, r.publishedOn, r.publishedWording));
        }
        loaded.movedTo = moved.id;
        loaded.changed(caller.name(), now);
    }

    private static void ensureIndicator(
            PublishedValueMatcher.Decision decision, int line, Caller caller, OffsetDateTime now) {
        if (decision.newIndicator() != null && Indicator.findById(decision.indicatorId()) == null) {
            PlanStore.newIndicator(decision.newIndicator(), FILE, FILE, line, caller, now)
                    .persist();
        }
    }

    private static PublishedValueMatcher matcher(List<String> provinces) {
        List<PublishedValueMatcher.TargetClause> clauses = Target.<Target>list("province in ?1", provinces).stream()
                .map(t -> new PublishedValueMatcher.TargetClause(
                        t.province.strip(), t.indicatorId, t.sentence == null ? "" : t.sentence))
                .toList();
        return new PublishedValueMatcher(IndicatorCodelist.load(), clauses);
    }
}
