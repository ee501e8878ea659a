package org.ecoreform.indicators.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.ecoreform.indicators.service.IndicatorView;
import org.ecoreform.indicators.service.TargetState;
import org.ecoreform.platform.reference.Label;

/**
 * The payload of {@code org.ecoreform.target.changed.v1}: the contract of platform/contracts
 * (events/org.ecoreform.target.changed.v1.json), kept apart from the REST body so that a change of
 * the API cannot change the event. It carries the latest observation, not the whole series.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetChangedV1(
        String id,
        Label province,
        Indicator indicator,
        String comparator,
        BigDecimal value,
        String unit,
        int year,
        Baseline baseline,
        String sentence,
        String section,
        Observation latestObservation,
        Attainment attainment,
        long version,
        OffsetDateTime updatedAt,
        Provenance provenance) {

    public record Indicator(
            String id, String nameZh, String nameEn, String unit, String direction, String theme, Long version) {}

    public record Baseline(BigDecimal value, int year) {}

    public record Observation(int period, BigDecimal value, String status, String source, OffsetDateTime recordedAt) {}

    public record Attainment(String status, BigDecimal gap, BigDecimal expected, String explanation) {}

    public record Provenance(String document, String file, Integer line) {}

    static TargetChangedV1 of(TargetState t) {
        IndicatorView i = t.indicator();
        TargetState.ObservationPoint latest = t.latestObservation();
        return new TargetChangedV1(
                t.id(),
                t.province(),
                new Indicator(i.id(), i.nameZh(), i.nameEn(), i.unit(), i.direction(), i.theme(), i.version()),
                t.comparator(),
                t.value(),
                t.unit(),
                t.year(),
                t.baseline() == null
                        ? null
                        : new Baseline(t.baseline().value(), t.baseline().year()),
                t.sentence(),
                t.section(),
                latest == null
                        ? null
                        : new Observation(
                                latest.period(), latest.value(), latest.status(), latest.source(), latest.recordedAt()),
                new Attainment(
                        t.attainment().status(),
                        t.attainment().gap(),
                        t.attainment().expected(),
                        t.attainment().explanation()),
                t.version(),
                t.updatedAt(),
                new Provenance(
                        t.provenance().document(),
                        t.provenance().file(),
                        t.provenance().line()));
    }
}
