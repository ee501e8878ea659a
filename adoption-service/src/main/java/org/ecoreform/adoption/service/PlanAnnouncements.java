package org.ecoreform.adoption.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ecoreform.adoption.domain.AdoptionPlan;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.jboss.logging.Logger;

/**
 * Plans stored before plans had a topic (version 0) are announced once, at start, so that the topic
 * holds every plan. A plan stored since is announced when it is stored.
 */
@ApplicationScoped
public class PlanAnnouncements {

    private static final Logger LOG = Logger.getLogger(PlanAnnouncements.class);
    private static final Caller SYSTEM = Caller.system("plan-announcement");

    private final StatePublisher<AdoptionPlan> events;

    public PlanAnnouncements(StatePublisher<AdoptionPlan> events) {
        this.events = events;
    }

    void onStart(@Observes StartupEvent start) {
        int announced = announceUnannounced();
        if (announced > 0) {
            LOG.infof("Announced %d plans stored before plans had a topic", announced);
        }
    }

    /** How many plans it announced. */
    @Transactional
    public int announceUnannounced() {
        List<AdoptionPlan> unannounced = AdoptionPlan.list("version", 0L);
        for (AdoptionPlan plan : unannounced) {
            plan.version = 1;
            events.changed(plan, SYSTEM);
        }
        return unannounced.size();
    }
}
