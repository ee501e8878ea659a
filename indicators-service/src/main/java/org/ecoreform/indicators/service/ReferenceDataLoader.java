package org.ecoreform.indicators.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.ecoreform.platform.persistence.ReferenceLoad;
import org.ecoreform.platform.persistence.ReferenceLoads;
import org.ecoreform.platform.reference.Fingerprint;
import org.ecoreform.platform.reference.Provinces;

/**
 * Loads the indicator codelist, the targets of the shipped plan documents and the values official
 * sources published ({@link PublishedValues}). A document that repeats a plan already loaded (a
 * re-published copy) is recorded as a duplicate of it and contributes nothing; a document read
 * before is not read again. At start it runs only when its inputs changed ({@link #inputs()}).
 */
@ApplicationScoped
public class ReferenceDataLoader implements ReferenceLoad {

    static final Caller IMPORTER = Caller.REFERENCE_IMPORT;

    private final IndicatorsConfig config;
    private final EntityManager em;
    private final PlanStore store;
    private final PublishedValueLoader publishedValues;
    private final ReferenceLoads references;
    private final Clock clock;

    public ReferenceDataLoader(
            IndicatorsConfig config,
            EntityManager em,
            PlanStore store,
            PublishedValueLoader publishedValues,
            ReferenceLoads references,
            Clock clock) {
        this.config = config;
        this.em = em;
        this.store = store;
        this.publishedValues = publishedValues;
        this.references = references;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.loadOnStart()) {
            references.run(this);
        }
    }

    @Override
    public String name() {
        return "plan-targets";
    }

    @Override
    public long lockKey() {
        return TargetImportService.IMPORT_LOCK_KEY;
    }

    /** The plan documents named in the settings; the codelist, published values and rules ship in the code. */
    @Override
    public Fingerprint inputs() {
        return Fingerprint.of()
                .text("documents", String.join(",", config.referenceDocuments()))
                .resources(config.referenceDocuments())
                .codeOf(ReferenceDataLoader.class, Provinces.class);
    }

    @Override
    public Optional<LoadReport> load() {
        return Optional.of(loadDocuments());
    }

    /**
     * Per document and plan: imported (with its target count), duplicate of another, or already
     * loaded; per published value loaded: the indicator it went to and why.
     */
    public record LoadReport(
            List<String> imported, List<String> duplicates, List<String> alreadyLoaded, List<String> publishedValues) {}

    @Transactional
    public LoadReport loadDocuments() {
        AdvisoryLocks.lockForTransaction(em, TargetImportService.IMPORT_LOCK_KEY);
        IndicatorCodelist codelist = IndicatorCodelist.load();
        OffsetDateTime now = Timestamps.now(clock);
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
