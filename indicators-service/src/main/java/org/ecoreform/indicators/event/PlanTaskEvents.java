package org.ecoreform.indicators.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.indicators.service.PlanTaskState;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;

/** Announces every change of a plan task on a compacted state topic of its own (a new aggregate, a new topic). */
@ApplicationScoped
public class PlanTaskEvents implements StatePublisher<PlanTaskState> {

    public static final String TOPIC = EventTopics.PLAN_TASKS;
    public static final String AGGREGATE = "plan-task";
    public static final String CHANGED = "org.ecoreform.plantask.changed.v1";

    private final Outbox outbox;

    public PlanTaskEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(PlanTaskState state, Caller caller) {
        outbox.recordState(TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, PlanTaskChangedV1.of(state), caller);
    }
}
