package org.ecoreform.adoption.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.adoption.service.AdoptionState;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;

/** Announces every change of an adoption record on the service's compacted state topic. */
@ApplicationScoped
public class AdoptionEvents implements StatePublisher<AdoptionState> {

    public static final String TOPIC = EventTopics.ADOPTIONS;
    public static final String AGGREGATE = "adoption";
    public static final String CHANGED = "org.ecoreform.adoption.changed.v1";

    private final Outbox outbox;

    public AdoptionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(AdoptionState state, Caller caller) {
        outbox.recordState(TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, AdoptionChangedV1.of(state), caller);
    }
}
