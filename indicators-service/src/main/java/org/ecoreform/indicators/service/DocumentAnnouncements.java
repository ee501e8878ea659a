package org.ecoreform.indicators.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ecoreform.platform.change.Caller;
import org.jboss.logging.Logger;

/**
 * Plan documents stored before they had a topic (version 0) are announced once, at start, so that
 * the topic holds every one. A document stored since is announced when it is stored.
 */
@ApplicationScoped
public class DocumentAnnouncements {

    private static final Logger LOG = Logger.getLogger(DocumentAnnouncements.class);
    private static final Caller SYSTEM = Caller.system("document-announcement");

    private final PlanStore store;

    public DocumentAnnouncements(PlanStore store) {
        this.store = store;
    }

    void onStart(@Observes StartupEvent start) {
        int announced = store.announceUnannounced(SYSTEM);
        if (announced > 0) {
            LOG.infof("Announced %d plan documents stored before they had a topic", announced);
        }
    }
}
