package org.ecoreform.gateway.domain;

import java.util.List;

/** A measure's document read: its state as published (JSON), the records adopting it and the plan tasks that became it. */
public record MeasureDocument(String id, String stateJson, List<AdopterEntry> adopters, List<PlanTaskEntry> planTasks) {

    /** The entry path of the measure's own state in its document. */
    public static final String STATE = "measure";
}
