package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.ecoreform.gateway.domain.Placement;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.platform.reference.Label;

/**
 * A measure's state from {@code ecoreform.measures.v1}: the fields the views compose from, and the
 * whole state as published ({@code json}), which the measure view shows unchanged.
 */
public record MeasureEvent(String key, long version, State state, String json) implements StateEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(
            String id, String name, String status, Label category, List<FrameworkLink> framework, Placement placement) {

        /** The institutional system the measure serves; null in states published before placements existed. */
        public String system() {
            return placement == null ? null : placement.system();
        }

        /** The ids of the framework articles the measure is linked to. */
        public List<String> articles() {
            return framework == null
                    ? List.of()
                    : framework.stream().map(FrameworkLink::article).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FrameworkLink(String article) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Placement(String system) {}

    @Override
    public Topics topic() {
        return Topics.MEASURES;
    }
}
