package org.ecoreform.indicators.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.indicators.service.IndicatorView;
import org.ecoreform.indicators.service.TargetState;
import org.ecoreform.platform.reference.Label;

/**
 * A target as the API answers it: the body of {@code GET /api/v1/targets/{id}} and of every write.
 * Mapped from the service's {@link TargetState}; the event has a record of its own
 * ({@link org.ecoreform.indicators.event.TargetChangedV1}), so the two contracts change apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Target", description = "A province's target for an indicator, with attainment")
public record TargetResponse(
        @Schema(example = "360000-forest-coverage-2020") String id,
        Label province,
        IndicatorView indicator,

        @Schema(
                enumeration = {"≥", "≤", "=", "eliminate", "increase", "decrease", "qualitative"},
                example = "≥")
        String comparator,

        @Schema(
                description = "The level for ≥, ≤ and =; for increase/decrease, the change against the baseline year "
                        + "(in % of the baseline, or in 个百分点), absent when the plan gives only a direction",
                example = "63")
        BigDecimal value,

        @Schema(example = "%") String unit,
        @Schema(example = "2020") int year,
        Baseline baseline,

        @Schema(description = "The sentence of the plan the target was stated in", example = "全省森林覆盖率稳定在63%")
        String sentence,

        @Schema(example = "（三）主要目标") String section,
        ObservationPoint latestObservation,
        Attainment attainment,

        @Schema(description = "Every observation of the province and indicator (GET /targets/{id} only)")
        List<ObservationPoint> observations,

        @Schema(example = "1") long version,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    @Schema(
            name = "Baseline",
            description = "The base year of a relative target or a trajectory, with its value where the plan gives it")
    public record Baseline(
            @Schema(example = "60.5") BigDecimal value,
            @Schema(example = "2015") int year) {}

    @Schema(name = "ObservationPoint")
    public record ObservationPoint(
            @Schema(example = "2019") int period,
            @Schema(example = "61.2") BigDecimal value,
            @Schema(example = "verified") String status,
            String source,
            OffsetDateTime recordedAt) {}

    @Schema(
            name = "Attainment",
            description =
                    "met / on-track / at-risk / missed / no-target-year-data / no-data, computed by the server on the "
                            + "value for the target year or the latest before it (values for later years are not used): "
                            + "no-data without such a value or for qualitative targets; met when that value satisfies the target "
                            + "(≥, ≤, =, eliminate means 0; increase/decrease: better than the baseline, else the earliest observation); "
                            + "missed when the value for the target year does not satisfy it; "
                            + "no-target-year-data when the target year is over "
                            + "without a value for it and the latest value before it does not satisfy the target (not proven missed: the "
                            + "explanation names that value and its year); before the target year, on-track when on the right side "
                            + "of the straight line from the baseline to the target, else at-risk (also when there is no baseline). "
                            + "gap = what remains to reach the target, in the indicator's unit (≤ 0 once met).")
    public record Attainment(
            @Schema(
                    enumeration = {"met", "on-track", "at-risk", "missed", "no-target-year-data", "no-data"},
                    example = "met")
            String status,

            @Schema(example = "-1.5") BigDecimal gap,

            @Schema(description = "The trajectory's value for the latest period, when a baseline exists")
            BigDecimal expected,

            @Schema(example = "the 2020 value satisfies the target")
            String explanation) {}

    @Schema(name = "TargetProvenance")
    public record Provenance(
            @Schema(example = "国家生态文明试验区(江西)实施方案") String document,
            @Schema(example = "001_b109216fcd3a97d1.txt") String file,
            @Schema(example = "19") Integer line) {}

    static TargetResponse of(TargetState t) {
        return new TargetResponse(
                t.id(),
                t.province(),
                t.indicator(),
                t.comparator(),
                t.value(),
                t.unit(),
                t.year(),
                t.baseline() == null
                        ? null
                        : new Baseline(t.baseline().value(), t.baseline().year()),
                t.sentence(),
                t.section(),
                point(t.latestObservation()),
                new Attainment(
                        t.attainment().status(),
                        t.attainment().gap(),
                        t.attainment().expected(),
                        t.attainment().explanation()),
                t.observations() == null
                        ? null
                        : t.observations().stream().map(TargetResponse::point).toList(),
                t.version(),
                t.updatedAt(),
                new Provenance(
                        t.provenance().document(),
                        t.provenance().file(),
                        t.provenance().line()));
    }

    private static ObservationPoint point(TargetState.ObservationPoint p) {
        return p == null ? null : new ObservationPoint(p.period(), p.value(), p.status(), p.source(), p.recordedAt());
    }
}
