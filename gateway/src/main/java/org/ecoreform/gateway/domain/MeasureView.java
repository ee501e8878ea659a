package org.ecoreform.gateway.domain;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/v1/views/measures/{id}}: the measure as its service publishes it, every record
 * adopting it, how many provinces adopt it with a record not withdrawn, and the pilot plans' tasks
 * that became it (due, done or overdue).
 */
public record MeasureView(
        @Schema(ref = "Measure", description = "The measure as measures-service answers GET /api/v1/measures/{id}")
        @JsonRawValue
        String measure,

        List<AdopterEntry> adopters,
        int adoptingProvinces,
        List<PlanTask> planTasks) {

    /** A plan task the measure became, with its status on the day the view was composed. */
    @Schema(name = "MeasureViewPlanTask")
    public record PlanTask(
            String id,
            org.ecoreform.platform.reference.Label province,
            String plan,
            String section,
            String text,
            int dueYear,
            boolean yearly,
            String status,
            String basis) {}
}
