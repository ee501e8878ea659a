package org.ecoreform.indicators.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.indicators.service.AccountabilityState;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.StatePublisher;
import org.ecoreform.platform.contracts.EventTopics;
import org.ecoreform.platform.outbox.Outbox;

/** Announces every change of the accountability tracker on a compacted state topic of its own (a new aggregate). */
@ApplicationScoped
public class AccountabilityEvents implements StatePublisher<AccountabilityState> {

    public static final String TOPIC = EventTopics.ACCOUNTABILITY;
    public static final String AGGREGATE = "accountability";
    public static final String CHANGED = "org.ecoreform.accountability.changed.v1";

    private final Outbox outbox;

    public AccountabilityEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void changed(AccountabilityState state, Caller caller) {
        outbox.recordState(
                TOPIC, AGGREGATE, state.id(), state.version(), CHANGED, AccountabilityChangedV1.of(state), caller);
    }
}
