package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.ecoreform.adoption.config.AdoptionConfig;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.importer.NoticeTableParser;
import org.ecoreform.adoption.importer.ParsedNotice;
import org.ecoreform.adoption.importer.ReferenceResources;
import org.ecoreform.platform.catalogue.CatalogueReplicator;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.ecoreform.platform.persistence.ReferenceLoad;
import org.ecoreform.platform.persistence.ReferenceLoads;
import org.ecoreform.platform.reference.Fingerprint;
import org.ecoreform.platform.reference.Provinces;

/**
 * Loads the shipped reference notice (Qinghai's adoption list) through the same import as any
 * province's notice, once the catalogue replica is known, unless it is loaded already. Replicas
 * starting together take turns (an advisory lock), so it is stored once; it runs only when its
 * inputs changed ({@link #inputs()}).
 */
@ApplicationScoped
public class ReferenceNoticeLoader implements ReferenceLoad {

    private static final long IMPORT_LOCK_KEY = 0x6164_6f70_7469_6f6eL;

    private final AdoptionConfig config;
    private final EntityManager em;
    private final ImportService imports;
    private final ReferenceLoads references;

    public ReferenceNoticeLoader(
            AdoptionConfig config, EntityManager em, ImportService imports, ReferenceLoads references) {
        this.config = config;
        this.em = em;
        this.imports = imports;
        this.references = references;
    }

    void onCatalogueReady(@Observes CatalogueReplicator.CatalogueCaughtUp caughtUp) {
        if (config.loadOnStart()) {
            references.run(this);
        }
    }

    @Override
    public String name() {
        return "reference-notice";
    }

    @Override
    public long lockKey() {
        return IMPORT_LOCK_KEY;
    }

    /** The notice and its settings; the unit codelist and the import's rules ship in the code. */
    @Override
    public Fingerprint inputs() {
        AdoptionConfig.Reference reference = config.reference();
        return Fingerprint.of()
                .text("notice", reference.resource() + ";" + reference.documentNumber() + ";" + reference.province())
                .resource(reference.resource())
                .codeOf(ReferenceNoticeLoader.class, Provinces.class);
    }

    /** The import's summary, "already loaded", or empty while the catalogue replica is not complete. */
    @Override
    @Transactional
    public Optional<String> load() {
        AdvisoryLocks.lockForTransaction(em, IMPORT_LOCK_KEY);
        AdoptionConfig.Reference reference = config.reference();
        if (AdoptionPlan.byDocumentNumber(reference.documentNumber()).isPresent()) {
            return Optional.of(reference.documentNumber() + " already loaded");
        }
        String file = reference.resource().substring(reference.resource().lastIndexOf('/') + 1);
        ParsedNotice notice =
                NoticeTableParser.parse(ReferenceResources.read(reference.resource()), reference.documentNumber());
        ParsedNotice.Header header = notice.header();
        PlanInput plan = new PlanInput(
                reference.province(), header.issuingBody(), header.documentNumber(), header.issuedOn(), header.title());
        ImportService.Submission submission = new ImportService.Submission(plan, notice, Caller.REFERENCE_IMPORT, file);
        // The shipped notice matches the national list row for row; anything less means the
        // replica does not hold the whole catalogue yet, so wait rather than store a partial plan.
        ImportReport check = imports.check(submission);
        if (check.summary().matched() != check.summary().rows()) {
            return Optional.empty();
        }
        return Optional.of(
                reference.documentNumber() + ": " + imports.commit(submission).summary());
    }
}
