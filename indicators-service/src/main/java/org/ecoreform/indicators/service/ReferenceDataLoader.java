package org.ecoreform.indicators.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.indicators.config.IndicatorsConfig;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.importer.DocumentText;
import org.ecoreform.indicators.importer.ExtractedPlan;
import org.ecoreform.indicators.importer.IndicatorCodelist;
import org.ecoreform.indicators.importer.PlanTargetExtractor;
import org.ecoreform.indicators.importer.PublishedValues;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.jboss.logging.Logger;

/**
 * Loads the indicator codelist, the targets of the shipped plan documents and the values official
 * sources published ({@link PublishedValues}) on first start. A
 * document that repeats a plan already loaded (a re-published copy) is recorded as a duplicate of
 * it and contributes nothing; a document read before is not read again.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    static final Caller IMPORTER = Caller.REFERENCE_IMPORT;

    private final IndicatorsConfig config;
    private final EntityManager em;
    private final PlanStore store;
    private final PublishedValueLoader publishedValues;

    public ReferenceDataLoader(
            IndicatorsConfig config, EntityManager em, PlanStore store, PublishedValueLoader publishedValues) {
        this.config = config;
        this.em = em;
        this.store = store;
        this.publishedValues = publishedValues;
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.loadOnStart()) {
            LOG.infof("Reference data: %s", load());
        }
    }

    /**
     * Per document and plan: imported (with its target count), duplicate of another, or already
     * loaded; per published value loaded: the indicator it went to and why.
     */
    public record LoadReport(
            List<String> imported, List<String> duplicates, List<String> alreadyLoaded, List<String> publishedValues) {}

    @Transactional
    public LoadReport load() {
        AdvisoryLocks.lockForTransaction(em, TargetImportService.IMPORT_LOCK_KEY);
        IndicatorCodelist codelist = IndicatorCodelist.load();
        OffsetDateTime now = Timestamps.now();
        for (IndicatorCodelist.Definition d : codelist.definitions()) {
            if (Indicator.findById(d.id()) == null) {
                PlanStore.newIndicator(d, IndicatorCodelist.RESOURCE, null, null, IMPORTER, now)
                        .persist();
            }
        }
        em.flush();
        List<String> imported = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        for (String resource : config.referenceDocuments()) {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            for (ExtractedPlan plan : PlanTargetExtractor.extract(DocumentText.read(resource), file, codelist)) {
                String label = file + " " + plan.title();
                if (SourceDocument.count("file = ?1 and province = ?2", file, plan.province()) > 0) {
                    loaded.add(label);
                    continue;
                }
                SourceDocument original = store.earlierCopy(plan, null).orElse(null);
                SourceDocument document = PlanStore.newDocument(plan, now);
                if (original != null) {
                    document.duplicateOf = original.id;
                    store.storeDocument(document, IMPORTER);
                    duplicates.add(label + " = " + original.file);
                    continue;
                }
                store.storePlan(plan, document, plan.title(), IMPORTER, now);
                imported.add(label + " (" + plan.targets().size() + " targets)");
            }
        }
        List<String> published = publishedValues.load(PublishedValues.load(), IMPORTER, now);
        return new LoadReport(imported, duplicates, loaded, published);
    }
}
