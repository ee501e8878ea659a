package org.ecoreform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.indicators.domain.Indicator;
import org.ecoreform.indicators.domain.Observation;
import org.ecoreform.indicators.domain.ObservationRevision;
import org.ecoreform.indicators.domain.Target;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.reference.Label;
import org.ecoreform.platform.reference.Provinces;

/** Builds targets' published state: labels, the latest observation and the attainment verdict. */
@ApplicationScoped
public class TargetViews {

    private final Clock clock;

    public TargetViews(Clock clock) {
        this.clock = clock;
    }

    public static IndicatorView indicator(Indicator i) {
        return new IndicatorView(i.id, i.nameZh, i.nameEn, i.unit, i.direction, i.theme, i.version());
    }

    public static Label province(String code) {
        return Provinces.label(code);
    }

    /** With every observation of the target's province and indicator (the single-target read). */
    public TargetState detailOf(Target target) {
        List<Observation> observations = Observation.list(
                "province = ?1 and indicatorId = ?2 and movedTo is null order by period",
                target.province,
                target.indicatorId);
        TargetState state = stateOf(target, Indicator.findById(target.indicatorId), observations);
        List<TargetState.ObservationPoint> points =
                observations.stream().map(o -> point(o.period, o.current())).toList();
        return new TargetState(
                state.id(),
                state.province(),
                state.indicator(),
                state.comparator(),
                state.value(),
                state.unit(),
                state.year(),
                state.baseline(),
                state.sentence(),
                state.section(),
                state.latestObservation(),
                state.attainment(),
                points,
                state.version(),
                state.updatedAt(),
                state.provenance());
    }

    public List<TargetState> statesOf(List<Target> targets) {
        Map<String, Indicator> indicators = new HashMap<>();
        Indicator.<Indicator>listAll().forEach(i -> indicators.put(i.id, i));
        Map<String, List<Observation>> byKey = new HashMap<>();
        if (targets.isEmpty()) {
            return List.of();
        }
        // only the observations of these targets' provinces and indicators, not the whole table
        List<String> provinces =
                targets.stream().map(t -> t.province.strip()).distinct().toList();
        List<String> indicatorIds =
                targets.stream().map(t -> t.indicatorId).distinct().toList();
        for (Observation o : Observation.<Observation>list(
                "province in ?1 and indicatorId in ?2 and movedTo is null order by period", provinces, indicatorIds)) {
            byKey.computeIfAbsent(o.province.strip() + "|" + o.indicatorId, k -> new java.util.ArrayList<>())
                    .add(o);
        }
        return targets.stream()
                .map(t -> stateOf(
                        t,
                        indicators.get(t.indicatorId),
                        byKey.getOrDefault(t.province.strip() + "|" + t.indicatorId, List.of())))
                .toList();
    }

    private TargetState stateOf(Target t, Indicator indicator, List<Observation> observations) {
        List<AttainmentRule.Point> points = observations.stream()
                .map(o -> new AttainmentRule.Point(o.period, o.current().value))
                .toList();
        AttainmentRule.Result result = AttainmentRule.evaluate(
                new AttainmentRule.Target(t.comparator, t.value, t.unit, t.targetYear, t.baselineValue, t.baselineYear),
                points,
                LocalDate.now(clock.withZone(Timestamps.REFORM_TIME_ZONE)).getYear());
        Observation latest = observations.isEmpty() ? null : observations.get(observations.size() - 1);
        return new TargetState(
                t.id,
                province(t.province),
                indicator(indicator),
                t.comparator.symbol(),
                plain(t.value),
                t.unit,
                t.targetYear,
                t.baselineYear == null ? null : new TargetState.Baseline(plain(t.baselineValue), t.baselineYear),
                t.sentence,
                t.section,
                latest == null ? null : point(latest.period, latest.current()),
                new TargetState.Attainment(
                        result.status().wire(), plain(result.gap()), plain(result.expected()), result.explanation()),
                null,
                t.version(),
                t.updatedAt,
                new TargetState.Provenance(t.provenanceDocument, t.provenanceFile, t.provenanceLine));
    }

    static TargetState.ObservationPoint point(int period, ObservationRevision revision) {
        return new TargetState.ObservationPoint(
                period, plain(revision.value), revision.status, revision.source, revision.recordedAt);
    }

    /** 63.0000 (the column's scale) → 63, 85.3000 → 85.3: figures as the plan wrote them. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
