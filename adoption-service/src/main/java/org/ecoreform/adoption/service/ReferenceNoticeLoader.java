package org.ecoreform.adoption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ecoreform.adoption.config.AdoptionConfig;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.adoption.importer.NoticeTableParser;
import org.ecoreform.adoption.importer.ParsedNotice;
import org.ecoreform.adoption.importer.ReferenceResources;
import org.ecoreform.platform.catalogue.CatalogueReplicator;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.jboss.logging.Logger;

/**
 * Loads the shipped reference notice (Qinghai's adoption list) through the same import as any
 * province's notice, once the catalogue replica is known, unless it is loaded already. Replicas
 * starting together take turns (an advisory lock), so it is stored once.
 */
@ApplicationScoped
public class ReferenceNoticeLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceNoticeLoader.class);
    private static final long IMPORT_LOCK_KEY = 0x6164_6f70_7469_6f6eL;

    private final AdoptionConfig config;
    private final EntityManager em;
    private final ImportService imports;

    public ReferenceNoticeLoader(AdoptionConfig config, EntityManager em, ImportService imports) {
        this.config = config;
        this.em = em;
        this.imports = imports;
    }

    void onCatalogueReady(@Observes CatalogueReplicator.CatalogueCaughtUp caughtUp) {
        if (!config.loadOnStart()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.error("Reference notice could not be imported", e);
        }
    }

    /** The import's report, or null when the notice is loaded already or the catalogue is not complete yet. */
    @Transactional
    public ImportReport load() {
        AdvisoryLocks.lockForTransaction(em, IMPORT_LOCK_KEY);
        AdoptionConfig.Reference reference = config.reference();
        if (AdoptionPlan.byDocumentNumber(reference.documentNumber()).isPresent()) {
            return null;
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
            LOG.infof(
                    "Reference notice waits for the catalogue: %d of %d rows match so far",
                    check.summary().matched(), check.summary().rows());
            return null;
        }
        ImportReport report = imports.commit(submission);
        LOG.infof("Reference notice %s: %s", reference.documentNumber(), report.summary());
        return report;
    }
}
