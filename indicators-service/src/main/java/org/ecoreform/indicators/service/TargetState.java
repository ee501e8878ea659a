package org.ecoreform.indicators.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * A target with its latest observation and attainment as the service answers it. The REST body
 * ({@link org.ecoreform.indicators.rest.TargetResponse}) and the event payload
 * ({@link org.ecoreform.indicators.event.TargetChangedV1}, without the observation list) are mapped from it.
 */
public record TargetState(
        String id,
        Label province,
        IndicatorView indicator,
        String comparator,
        BigDecimal value,
        String unit,
        int year,
        Baseline baseline,
        String sentence,
        String section,
        ObservationPoint latestObservation,
        Attainment attainment,
        List<ObservationPoint> observations,
        long version,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    public record Baseline(BigDecimal value, int year) {}

    public record ObservationPoint(
            int period, BigDecimal value, String status, String source, OffsetDateTime recordedAt) {}

    /** met / on-track / at-risk / missed / no-data, as {@link AttainmentRule} judges it. */
    public record Attainment(String status, BigDecimal gap, BigDecimal expected, String explanation) {}

    public record Provenance(String document, String file, Integer line) {}
}
