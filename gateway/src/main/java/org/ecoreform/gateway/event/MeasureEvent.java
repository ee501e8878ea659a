package org.ecoreform.gateway.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.ecoreform.platform.reference.Label;

/**
 * A measure's state from {@code ecoreform.measures.v1}: the fields the views compose from, and the
 * whole state as published ({@code json}), which the measure view shows unchanged.
 */
public record MeasureEvent(String key, long version, State state, String json) implements StateEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(String id, String name, String status, Label category) {
    }

    @Override
    public Topics topic() {
        return Topics.MEASURES;
    }
}
