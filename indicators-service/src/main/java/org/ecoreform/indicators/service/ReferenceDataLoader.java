package org.ecoreform.indicators.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoreform.indicators.config.IndicatorsConfig;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.indicators.event.TargetEvents;
import org.ecoreform.indicators.importer.DocumentText;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.indicators.importer.IndicatorCodelist;
import org.ecoreform.indicators.importer.PlanTargetExtractor;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.jboss.logging.Logger;

/**
 * Loads the indicator codelist and the targets of the shipped plan documents on first start. A
 * document that repeats a plan already loaded (a re-published copy) is recorded as a duplicate of
 * it and contributes nothing; a document read before is not read again.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    private static final long IMPORT_LOCK_KEY = 0x696e_6469_6361_746fL;
    static final String IMPORTER = "reference-import";

    private final IndicatorsConfig config;
    private final EntityManager em;
    private final TargetViews views;
    private final TargetEvents events;

    public ReferenceDataLoader(IndicatorsConfig config, EntityManager em, TargetViews views, TargetEvents events) {
        this.config = config;
        this.em = em;
        this.views = views;
        this.events = events;
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.loadOnStart()) {
            LOG.infof("Reference data: %s", load());
        }
    }

    /** Per document and plan: imported (with its target count), duplicate of another, or already loaded. */
    public record LoadReport(List<String> imported, List<String> duplicates, List<String> alreadyLoaded) {
    }

    @Transactional
    public LoadReport load() {
        AdvisoryLocks.lockForTransaction(em, IMPORT_LOCK_KEY);
        IndicatorCodelist codelist = IndicatorCodelist.load();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (IndicatorCodelist.Definition d : codelist.definitions()) {
            if (Indicator.findById(d.id()) == null) {
                Indicator indicator = new Indicator();
                indicator.id = d.id();
                indicator.nameZh = d.nameZh();
                indicator.nameEn = d.nameEn();
                indicator.unit = d.unit().isEmpty() ? null : d.unit();
                indicator.direction = d.direction();
                indicator.theme = d.theme();
                indicator.created(IMPORTER, now);
                indicator.provenanceDocument = IndicatorCodelist.RESOURCE;
                indicator.persist();
            }
        }
        em.flush();
        List<String> imported = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        List<Target> stored = new ArrayList<>();
        for (String resource : config.referenceDocuments()) {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            for (ExtractedPlan plan : PlanTargetExtractor.extract(DocumentText.read(resource), file, codelist)) {
                String label = file + " " + plan.title();
                if (SourceDocument.count("file = ?1 and province = ?2", file, plan.province()) > 0) {
                    loaded.add(label);
                    continue;
                }
                SourceDocument original = SourceDocument.<SourceDocument>list("province = ?1 and duplicateOf is null", plan.province())
                        .stream().filter(d -> plan.sameDocumentAs(fingerprint(d))).findFirst().orElse(null);
                SourceDocument document = new SourceDocument();
                document.file = file;
                document.province = plan.province();
                document.title = plan.title();
                document.figures = plan.targetFigures().stream().map(BigDecimal::toPlainString).sorted().collect(Collectors.joining(","));
                document.importedAt = now;
                if (original != null) {
                    document.duplicateOf = original.id;
                    document.persist();
                    duplicates.add(label + " = " + original.file);
                    continue;
                }
                for (ExtractedPlan.Target t : plan.targets()) {
                    stored.add(storeTarget(plan, t, now));
                }
                document.targetCount = plan.targets().size();
                document.persist();
                imported.add(label + " (" + plan.targets().size() + " targets)");
            }
        }
        em.flush();
        views.statesOf(stored).forEach(events::changed);
        return new LoadReport(imported, duplicates, loaded);
    }

    private Target storeTarget(ExtractedPlan plan, ExtractedPlan.Target t, OffsetDateTime now) {
        Target target = new Target();
        target.id = TargetService.nextId(plan.province(), t.indicatorId(), t.year());
        target.province = plan.province();
        target.indicatorId = t.indicatorId();
        target.comparator = t.comparator();
        target.value = t.value();
        target.unit = t.unit();
        target.targetYear = t.year();
        target.section = t.section();
        target.sentence = t.sentence();
        target.created(IMPORTER, now);
        target.provenanceDocument = plan.title();
        target.provenanceFile = plan.sourceFile();
        target.provenanceLine = t.line();
        target.persist();
        em.flush(); // the next id depends on this one
        return target;
    }

    private static ExtractedPlan fingerprint(SourceDocument document) {
        Set<BigDecimal> figures = document.figures.isEmpty() ? Set.of()
                : Arrays.stream(document.figures.split(",")).map(BigDecimal::new).collect(Collectors.toSet());
        return new ExtractedPlan(document.province.strip(), document.title, document.file, figures, List.of());
    }
}
