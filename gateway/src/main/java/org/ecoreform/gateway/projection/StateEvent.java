package org.ecoreform.gateway.projection;

import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.store.AggregateVersion;

/**
 * What the gateway reads from one record of a state topic: the aggregate's key and version, and
 * its state typed as far as the views need it (unknown fields are ignored: a .v1 topic only ever
 * adds fields). A tombstone has no state.
 */
public sealed interface StateEvent
        permits MeasureEvent,
                AdoptionEvent,
                TargetEvent,
                FrameworkEvent,
                PlanTaskEvent,
                AccountabilityEvent,
                StateEvent.Tombstone {

    /** Versions of a deleted aggregate: higher than any it had, so nothing older comes back. */
    long DELETED = Long.MAX_VALUE;

    Topics topic();

    String key();

    long version();

    /** What the view store's writers guard on. */
    default AggregateVersion aggregate() {
        return new AggregateVersion(topic(), key(), version());
    }

    /** The aggregate was hard-deleted at its source (a record with a null value). */
    record Tombstone(Topics topic, String key) implements StateEvent {

        @Override
        public long version() {
            return DELETED;
        }
    }
}
