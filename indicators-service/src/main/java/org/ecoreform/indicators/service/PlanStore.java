package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.indicators.importer.IndicatorCodelist;
import org.ecoreform.indicators.importer.PlanTaskReader;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;

/**
 * Where a plan read by the extractor is stored, whether it came through the API or shipped with the service: its
 * source document, its targets (and the indicators it proposes), its tasks and its accountability seeds, each target
 * announced; and the earlier copy of a plan, if any, by which a second one is recognised.
 */
@ApplicationScoped
public class PlanStore {

    private final EntityManager em;
    private final TargetViews views;
    private final StatePublisher<TargetState> events;
    private final StatePublisher<SourceDocument> documentEvents;
    private final PlanTaskService planTasks;
    private final AccountabilityService accountability;

    public PlanStore(
            EntityManager em,
            TargetViews views,
            StatePublisher<TargetState> events,
            StatePublisher<SourceDocument> documentEvents,
            PlanTaskService planTasks,
            AccountabilityService accountability) {
        this.em = em;
        this.views = views;
        this.events = events;
        this.documentEvents = documentEvents;
        this.planTasks = planTasks;
        this.accountability = accountability;
    }

    /** Stores a plan document and announces it (in the caller's transaction): its id is known after. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeDocument(SourceDocument document, Caller caller) {
        document.version = 1;
        document.persist();
        em.flush();
        documentEvents.changed(document, caller);
    }

    /** Plan documents stored before they had a topic (version 0), announced once; how many. */
    @Transactional
    public int announceUnannounced(Caller caller) {
        List<SourceDocument> unannounced = SourceDocument.list("version", 0L);
        for (SourceDocument document : unannounced) {
            document.version = 1;
            documentEvents.changed(document, caller);
        }
        return unannounced.size();
    }

    /** An earlier, original copy of the plan: same document number, or the same plan by title or figures. */
    Optional<SourceDocument> earlierCopy(ExtractedPlan plan, String documentNumber) {
        return SourceDocument.<SourceDocument>list("province = ?1 and duplicateOf is null order by id", plan.province())
                .stream()
                .filter(d -> documentNumber != null && documentNumber.equals(d.documentNumber)
                        || plan.sameDocumentAs(fingerprint(d)))
                .findFirst();
    }

    static SourceDocument newDocument(ExtractedPlan plan, OffsetDateTime now) {
        SourceDocument document = new SourceDocument();
        document.file = plan.sourceFile();
        document.province = plan.province();
        document.title = plan.title();
        document.figures = plan.targetFigures().stream()
                .map(BigDecimal::toPlainString)
                .sorted()
                .collect(Collectors.joining(","));
        document.importedAt = now;
        return document;
    }

    /**
     * Stores the document and the plan's targets (creating the indicators it proposes) and announces
     * each target; the targets come back in the plan's order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Target> storePlan(
            ExtractedPlan plan, SourceDocument document, String provenanceDocument, Caller caller, OffsetDateTime now) {
        List<Target> stored = new ArrayList<>();
        for (ExtractedPlan.Target t : plan.targets()) {
            if (t.proposedIndicator() != null && Indicator.findById(t.indicatorId()) == null) {
                newIndicator(t.proposedIndicator(), provenanceDocument, plan.sourceFile(), t.line(), caller, now)
                        .persist();
                em.flush();
            }
            stored.add(storeTarget(plan, t, provenanceDocument, caller, now));
        }
        document.targetCount = stored.size();
        storeDocument(document, caller);
        views.statesOf(stored).forEach(state -> events.changed(state, caller));
        planTasks.store(plan, document, provenanceDocument, caller, now);
        accountability.seed(plan, document, provenanceDocument, caller, now);
        return stored;
    }

    /** An indicator of the codelist, of a published value or proposed by a plan, with where it came from. */
    static Indicator newIndicator(
            IndicatorCodelist.Definition d,
            String document,
            String file,
            Integer line,
            Caller caller,
            OffsetDateTime now) {
        Indicator indicator = new Indicator();
        indicator.id = d.id();
        indicator.nameZh = d.nameZh();
        indicator.nameEn = d.nameEn();
        indicator.unit = d.unit().isEmpty() ? null : d.unit();
        indicator.direction = d.direction();
        indicator.theme = d.theme();
        indicator.created(caller.name(), now);
        indicator.provenanceDocument = document;
        indicator.provenanceFile = file;
        indicator.provenanceLine = line;
        return indicator;
    }

    private Target storeTarget(
            ExtractedPlan plan, ExtractedPlan.Target t, String provenanceDocument, Caller caller, OffsetDateTime now) {
        Target target = new Target();
        target.id = TargetService.nextId(plan.province(), t.indicatorId(), t.year());
        target.province = plan.province();
        target.indicatorId = t.indicatorId();
        target.comparator = t.comparator();
        target.value = t.value();
        target.unit = t.unit();
        target.targetYear = t.year();
        target.baselineValue = t.baselineValue();
        target.baselineYear = t.baselineYear();
        target.section = t.section();
        target.sentence = t.sentence();
        target.created(caller.name(), now);
        target.provenanceDocument = provenanceDocument;
        target.provenanceFile = plan.sourceFile();
        target.provenanceLine = t.line();
        target.persist();
        em.flush(); // the next id depends on this one
        return target;
    }

    static ExtractedPlan fingerprint(SourceDocument document) {
        Set<BigDecimal> figures = document.figures.isEmpty()
                ? Set.of()
                : Arrays.stream(document.figures.split(","))
                        .map(BigDecimal::new)
                        .collect(Collectors.toSet());
        return new ExtractedPlan(
                document.province.strip(),
                document.title,
                document.file,
                figures,
                List.of(),
                List.of(),
                new PlanTaskReader.Reading(List.of(), List.of()),
                List.of());
    }
}
