package org.ecoreform.measures.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.outbox.Outbox;

/** Announces the policy framework (reference data: published once, when it is loaded). */
@ApplicationScoped
public class FrameworkEvents {

    public static final String TOPIC = "ecoreform.framework.v1";
    public static final String AGGREGATE = "framework";
    public static final String CHANGED = "org.ecoreform.framework.changed.v1";

    private final Outbox outbox;

    public FrameworkEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(FrameworkChangedV1 state) {
        // reference data, loaded by the system
        outbox.recordState(TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, state, Caller.SYSTEM);
    }
}
