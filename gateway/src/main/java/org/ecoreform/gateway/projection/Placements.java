package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.gateway.domain.AccountabilityEntry;
import org.ecoreform.gateway.domain.AdopterEntry;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.FrameworkEntry;
import org.ecoreform.gateway.domain.MeasureDocument;
import org.ecoreform.gateway.domain.Placement;
import org.ecoreform.gateway.domain.PlanTaskEntry;
import org.ecoreform.gateway.domain.RecordEntry;
import org.ecoreform.gateway.domain.Summaries;
import org.ecoreform.gateway.domain.TargetEntry;
import org.ecoreform.gateway.domain.ViewCollection;
import org.ecoreform.gateway.store.Entry;

/**
 * Which view documents an aggregate's state belongs in, and its entry in each: an adoption record
 * in its province's document, in each adopted measure's and in each province-measure document; a
 * target in its province's and in the national attainment; a measure in its own document and in
 * the national catalogue; the policy framework in the national document; a plan task in the
 * document of each measure it became; a province's record of an accountability institution in the
 * national document. Nothing else is touched by its change.
 */
public final class Placements {

    private final ObjectMapper mapper;

    public Placements(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The entries of the event's state, by placement (none for a tombstone). */
    public Map<Placement, Entry> of(StateEvent event) {
        Map<Placement, Entry> entries = new LinkedHashMap<>();
        if (event instanceof MeasureEvent m) {
            placeMeasure(m, entries);
        } else if (event instanceof FrameworkEvent f) {
            placeFramework(f, entries);
        } else if (event instanceof AdoptionEvent a
                && a.state().province() != null
                && a.state().province().id() != null) {
            placeRecord(a, entries);
        } else if (event instanceof PlanTaskEvent p) {
            placeTask(p, entries);
        } else if (event instanceof AccountabilityEvent a
                && a.state().province() != null
                && a.state().institution() != null) {
            placeAccountability(a, entries);
        } else if (event instanceof TargetEvent t
                && t.state().province() != null
                && t.state().province().id() != null) {
            placeTarget(t, entries);
        }
        // a tombstone, or a state of no province, is placed nowhere: every earlier placement is cleared
        return entries;
    }

    /** A measure in its own document, and its row of the national catalogue. */
    private void placeMeasure(MeasureEvent m, Map<Placement, Entry> entries) {
        entries.put(new Placement(ViewCollection.MEASURES, m.key(), MeasureDocument.STATE), Entry.content(m.json()));
        CatalogueEntry entry = new CatalogueEntry(
                m.key(),
                m.state().name(),
                m.state().status(),
                m.state().category(),
                m.state().articles(),
                m.state().system());
        entries.put(
                Placement.of(ViewCollection.NATIONAL, ViewCollection.NATIONAL_ID, CatalogueEntry.CATALOGUE, m.key()),
                Entry.content(json(entry)));
    }

    /** The policy framework in the national document. */
    private void placeFramework(FrameworkEvent f, Map<Placement, Entry> entries) {
        FrameworkEvent.State s = f.state();
        FrameworkEntry framework = new FrameworkEntry(
                f.key(),
                s.title(),
                s.systems().stream()
                        .map(x -> new FrameworkEntry.System(x.id(), x.section(), x.nameZh(), x.nameEn()))
                        .toList(),
                s.articles().stream()
                        .map(a -> new FrameworkEntry.Article(a.id(), a.number(), a.heading(), a.system()))
                        .toList());
        entries.put(
                Placement.of(ViewCollection.NATIONAL, ViewCollection.NATIONAL_ID, FrameworkEntry.FRAMEWORK, f.key()),
                Entry.content(json(framework)));
    }

    /** A plan task in the document of each measure it became. */
    private void placeTask(PlanTaskEvent p, Map<Placement, Entry> entries) {
        PlanTaskEvent.State s = p.state();
        for (PlanTaskEvent.MeasureRef measure : s.measures()) {
            PlanTaskEntry task = new PlanTaskEntry(
                    p.key(),
                    s.province(),
                    s.plan(),
                    s.section(),
                    s.text(),
                    s.dueYear(),
                    s.yearly(),
                    s.completion() == null ? null : s.completion().on(),
                    measure.basis());
            entries.put(
                    Placement.of(ViewCollection.MEASURES, measure.id(), PlanTaskEntry.PLAN_TASKS, p.key()),
                    Entry.content(json(task)));
        }
    }

    /** A province's record of an accountability institution in the national document. */
    private void placeAccountability(AccountabilityEvent a, Map<Placement, Entry> entries) {
        AccountabilityEvent.State s = a.state();
        AccountabilityEntry entry = new AccountabilityEntry(
                a.key(),
                s.province(),
                s.institution().id(),
                s.institution().nameZh(),
                s.institution().nameEn(),
                s.status(),
                s.pilotPlaces());
        entries.put(
                Placement.of(
                        ViewCollection.NATIONAL,
                        ViewCollection.NATIONAL_ID,
                        AccountabilityEntry.ACCOUNTABILITY,
                        a.key()),
                Entry.content(json(entry)));
    }

    /** A target in its province's document, and its attainment in the national summary. */
    private void placeTarget(TargetEvent t, Map<Placement, Entry> entries) {
        TargetEvent.State s = t.state();
        TargetEntry target = new TargetEntry(
                t.key(),
                s.indicator(),
                s.comparator(),
                s.value(),
                s.unit(),
                s.year(),
                s.latestObservation(),
                s.attainment());
        entries.put(
                Placement.of(ViewCollection.PROVINCES, s.province().id(), TargetEntry.TARGETS, t.key()),
                Entry.content(json(target)));
        entries.put(
                Placement.of(
                        ViewCollection.NATIONAL,
                        ViewCollection.NATIONAL_ID,
                        Summaries.ATTAINMENT,
                        s.province().id(),
                        t.key()),
                Entry.plain(Summaries.STATUS, t.attainmentStatus()));
    }

    private void placeRecord(AdoptionEvent a, Map<Placement, Entry> entries) {
        AdoptionEvent.State s = a.state();
        String province = s.province().id();
        List<String> measureIds = a.measureIds();
        RecordEntry record = new RecordEntry(
                a.key(),
                s.planId(),
                s.provenance() == null ? null : s.provenance().document(),
                s.rowNumber(),
                s.name(),
                s.status(),
                s.statusSince(),
                s.measureRetired(),
                measureIds,
                s.category() == null ? null : s.category().id(),
                progress(s.history()));
        entries.put(
                Placement.of(ViewCollection.PROVINCES, province, RecordEntry.RECORDS, a.key()),
                Entry.content(json(record)));
        String adopter = json(new AdopterEntry(s.province(), a.key(), s.planId(), s.status(), s.scope()));
        for (String measure : measureIds) {
            entries.put(
                    Placement.of(ViewCollection.MEASURES, measure, AdopterEntry.ADOPTERS, a.key()),
                    Entry.content(adopter));
            entries.put(
                    Placement.of(
                            ViewCollection.PROVINCE_MEASURES,
                            Summaries.provinceMeasure(province, measure),
                            RecordEntry.RECORDS,
                            a.key()),
                    Entry.live(a.live()));
        }
    }

    /** The live entries by effective day, but for a first entry that records only the adoption (no evidence). */
    private static List<RecordEntry.Progress> progress(List<AdoptionEvent.Step> history) {
        List<AdoptionEvent.Step> live = history.stream()
                .filter(step -> step.correctedBy() == null && step.effectiveOn() != null)
                .sorted(java.util.Comparator.comparing(AdoptionEvent.Step::effectiveOn)
                        .thenComparingLong(AdoptionEvent.Step::id))
                .toList();
        return live.stream()
                .filter(step -> step != live.get(0) || !step.evidence().isEmpty())
                .map(step -> new RecordEntry.Progress(
                        step.id(),
                        step.effectiveOn(),
                        step.to(),
                        step.reason(),
                        step.evidence().stream()
                                .map(e -> new RecordEntry.EvidenceRef(
                                        e.documentNumber(), e.title(), e.issuedOn(), e.url()))
                                .toList()))
                .toList();
    }

    private String json(Object entry) {
        try {
            return mapper.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
