package org.ecoreform.gateway.domain;

import java.time.LocalDate;
import org.ecoreform.platform.reference.Label;

/** A plan task that became a measure, as the measure's view lists it. */
public record PlanTaskEntry(
        String id,
        Label province,
        String plan,
        String section,
        String text,
        int dueYear,
        boolean yearly,
        LocalDate doneOn,
        String basis) {

    public static final String PLAN_TASKS = "planTasks";

    /** Done (for a yearly task, reported this year or last), overdue (its year ended without it) or due, on {@code today}. */
    public String status(LocalDate today) {
        if (doneOn != null && (!yearly || doneOn.getYear() >= today.getYear() - 1)) {
            return "done";
        }
        return today.getYear() > dueYear ? "overdue" : "due";
    }
}
