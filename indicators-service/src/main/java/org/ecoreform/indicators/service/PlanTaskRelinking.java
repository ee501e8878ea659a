package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.ecoreform.indicators.domain.PlanTask;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.catalogue.CatalogueReplicator;
import org.ecoreform.platform.persistence.ReferenceLoad;
import org.ecoreform.platform.persistence.ReferenceLoads;
import org.ecoreform.platform.reference.Fingerprint;

/**
 * Links every plan task again once the catalogue replica has caught up (the plans' import may have
 * run before it knew any measure), but only when the catalogue, the tasks left unlinked or the
 * linking rule changed since the last time.
 */
@ApplicationScoped
public class PlanTaskRelinking implements ReferenceLoad {

    private final PlanTaskService tasks;
    private final ReferenceLoads references;

    public PlanTaskRelinking(PlanTaskService tasks, ReferenceLoads references) {
        this.tasks = tasks;
        this.references = references;
    }

    void onCatalogueReady(@Observes CatalogueReplicator.CatalogueCaughtUp caughtUp) {
        references.run(this);
    }

    @Override
    public String name() {
        return "plan-task-links";
    }

    @Override
    public long lockKey() {
        return TargetImportService.IMPORT_LOCK_KEY;
    }

    /** Every measure of the replica (id, version, status), how many tasks are not linked yet, and the rule's code. */
    @Override
    public Fingerprint inputs() {
        StringBuilder catalogue = new StringBuilder();
        CatalogueMeasure.<CatalogueMeasure>list("order by id")
                .forEach(m -> catalogue
                        .append(m.id)
                        .append(':')
                        .append(m.version)
                        .append(':')
                        .append(m.status)
                        .append(';'));
        return Fingerprint.of()
                .text("catalogue", catalogue.toString())
                .text("unlinked tasks", String.valueOf(PlanTask.count("linked = false")))
                .codeOf(PlanTaskRelinking.class);
    }

    /** Nothing to link to while the replica holds no measure (a first start): it runs again once it does. */
    @Override
    public Optional<String> load() {
        if (CatalogueMeasure.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(tasks.relinkAll() + " tasks' links changed");
    }
}
