package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.platform.reference.Label;

/** A province's record of an institution of F2015-S8 from {@code ecoreform.accountability.v1}, as far as the framework view reads it. */
public record AccountabilityEvent(String key, long version, State state) implements StateEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(String id, Label province, Institution institution, String status, List<String> pilotPlaces) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Institution(String id, String nameZh, String nameEn) {}

    @Override
    public Topics topic() {
        return Topics.ACCOUNTABILITY;
    }
}
