package org.ecoreform.indicators.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.indicators.service.TargetState;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;

/** Announces every change of a target's published state (the target, its observations, its attainment). */
@ApplicationScoped
public class TargetEvents implements StatePublisher<TargetState> {

    public static final String TOPIC = EventTopics.TARGETS;
    public static final String AGGREGATE = "target";
    public static final String CHANGED = "org.ecoreform.target.changed.v1";

    private final Outbox outbox;

    public TargetEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(TargetState state, Caller caller) {
        outbox.recordState(TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, TargetChangedV1.of(state), caller);
    }
}
