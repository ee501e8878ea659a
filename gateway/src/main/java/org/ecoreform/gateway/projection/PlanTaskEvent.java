package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.platform.reference.Label;

/** A plan task's state from {@code ecoreform.plan-tasks.v1}, as far as the measure views read it. */
public record PlanTaskEvent(String key, long version, State state) implements StateEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(
            String id,
            Label province,
            String plan,
            String section,
            String text,
            int dueYear,
            boolean yearly,
            Completion completion,
            List<MeasureRef> measures) {

        public State {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completion(LocalDate on) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeasureRef(String id, String basis) {}

    @Override
    public Topics topic() {
        return Topics.PLAN_TASKS;
    }
}
