package org.ecoreform.measures.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;

/** Announces every change of a measure on the catalogue's compacted state topic. */
@ApplicationScoped
public class MeasureEvents implements StatePublisher<MeasureState> {

    public static final String TOPIC = EventTopics.MEASURES;
    public static final String AGGREGATE = "measure";
    public static final String CHANGED = "org.ecoreform.measure.changed.v1";

    private final Outbox outbox;

    public MeasureEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** In the transaction of the change: the event commits with it or not at all. */
    @Override
    public void changed(MeasureState state, Caller caller) {
        outbox.recordState(TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, MeasureChangedV1.of(state), caller);
    }
}
