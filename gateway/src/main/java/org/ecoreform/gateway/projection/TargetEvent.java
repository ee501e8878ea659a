package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.ecoreform.gateway.domain.TargetEntry;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.platform.reference.Label;

/** A target's state from {@code ecoreform.indicators.v1}, with its latest observation and attainment. */
public record TargetEvent(String key, long version, State state) implements StateEvent {

    public static final String NO_DATA = "no-data";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(
            String id,
            Label province,
            TargetEntry.Indicator indicator,
            String comparator,
            BigDecimal value,
            String unit,
            int year,
            TargetEntry.Observation latestObservation,
            TargetEntry.Attainment attainment) {}

    @Override
    public Topics topic() {
        return Topics.INDICATORS;
    }

    public String attainmentStatus() {
        return state.attainment() == null || state.attainment().status() == null
                ? NO_DATA
                : state.attainment().status();
    }
}
