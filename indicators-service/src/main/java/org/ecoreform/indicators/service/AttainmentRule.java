package org.ecoreform.indicators.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.ecoreform.indicators.importer.TargetComparator;

/**
 * Whether a target is attained, computed from its observations. A target for year Y is judged on
 * the value for Y, or the latest before it; values for later years are not used (a 2021 figure says
 * nothing about whether the 2020 target was met). The rule (also in the OpenAPI document):
 * <ul>
 *   <li>{@code no-data}: no observation for the target year or before, or a qualitative target
 *       (nothing to measure), or a direction-only target with nothing to compare the latest value against;</li>
 *   <li>{@code met}: the latest observation satisfies the target (≥, ≤, =, eliminate = 0; for
 *       increase/decrease, better than the baseline, else than the earliest observation);</li>
 *   <li>{@code missed}: not satisfied, and the latest observation is for the target year or later, or
 *       the target year is over;</li>
 *   <li>{@code on-track}: not yet satisfied before the target year, but on the right side of the
 *       straight line from the baseline (value, year) to the target (value, year);</li>
 *   <li>{@code at-risk}: not yet satisfied before the target year, and behind that line or without
 *       a baseline to draw it.</li>
 * </ul>
 * The gap is what remains to reach the target in the indicator's unit (zero or negative once met).
 */
public final class AttainmentRule {

    public enum Status {
        MET("met"), ON_TRACK("on-track"), AT_RISK("at-risk"), MISSED("missed"), NO_DATA("no-data");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public record Point(int period, BigDecimal value) {
    }

    public record Target(TargetComparator comparator, BigDecimal value, int year, BigDecimal baselineValue, Integer baselineYear) {
    }

    /** The verdict; {@code expected} is the trajectory's value for the latest period, when drawn. */
    public record Result(Status status, BigDecimal gap, BigDecimal expected, String explanation) {
    }

    private AttainmentRule() {
    }

    public static Result evaluate(Target target, List<Point> observations, int currentYear) {
        if (target.comparator() == TargetComparator.QUALITATIVE) {
            return new Result(Status.NO_DATA, null, null, "qualitative target: not measurable");
        }
        if (observations.isEmpty()) {
            return new Result(Status.NO_DATA, null, null, "no observation reported");
        }
        List<Point> considered = observations.stream().filter(p -> p.period() <= target.year()).toList();
        if (considered.isEmpty()) {
            return new Result(Status.NO_DATA, null, null, "no value for " + target.year()
                    + " or before; later values do not judge a " + target.year() + " target");
        }
        observations = considered;
        Point latest = observations.stream().max(Comparator.comparingInt(Point::period)).orElseThrow();
        boolean deadlineReached = latest.period() >= target.year() || currentYear > target.year();
        if (target.comparator() == TargetComparator.INCREASE || target.comparator() == TargetComparator.DECREASE) {
            return direction(target, observations, latest, deadlineReached);
        }
        BigDecimal goal = target.comparator() == TargetComparator.ELIMINATE ? BigDecimal.ZERO : target.value();
        BigDecimal gap = switch (target.comparator()) {
            case AT_LEAST -> goal.subtract(latest.value());
            case AT_MOST, ELIMINATE -> latest.value().subtract(goal);
            default -> goal.subtract(latest.value()).abs();
        };
        boolean satisfied = target.comparator() == TargetComparator.EQUAL ? gap.signum() == 0 : gap.signum() <= 0;
        if (satisfied) {
            return new Result(Status.MET, gap, null, "the " + latest.period() + " value satisfies the target");
        }
        if (deadlineReached) {
            return new Result(Status.MISSED, gap, null, "target year " + target.year() + " reached without the target being met");
        }
        if (target.baselineValue() == null || target.baselineYear() == null || target.baselineYear() >= target.year()) {
            return new Result(Status.AT_RISK, gap, null, "not yet met and no baseline to judge the trajectory");
        }
        BigDecimal expected = trajectory(target.baselineValue(), target.baselineYear(), goal, target.year(), latest.period());
        boolean upward = target.comparator() == TargetComparator.AT_LEAST
                || (target.comparator() == TargetComparator.EQUAL && goal.compareTo(target.baselineValue()) >= 0);
        boolean ahead = upward ? latest.value().compareTo(expected) >= 0 : latest.value().compareTo(expected) <= 0;
        return new Result(ahead ? Status.ON_TRACK : Status.AT_RISK, gap, expected,
                (ahead ? "at or ahead of" : "behind") + " the straight line from the " + target.baselineYear() + " baseline");
    }

    private static Result direction(Target target, List<Point> observations, Point latest, boolean deadlineReached) {
        BigDecimal reference;
        String against;
        if (target.baselineValue() != null) {
            reference = target.baselineValue();
            against = "the baseline";
        } else {
            Point earliest = observations.stream().min(Comparator.comparingInt(Point::period)).orElseThrow();
            if (earliest.period() == latest.period()) {
                return new Result(Status.NO_DATA, null, null, "direction-only target: a baseline or two observations are needed");
            }
            reference = earliest.value();
            against = "the " + earliest.period() + " value";
        }
        int sign = latest.value().compareTo(reference);
        boolean better = target.comparator() == TargetComparator.INCREASE ? sign > 0 : sign < 0;
        if (better) {
            return new Result(Status.MET, null, null, "moved in the required direction against " + against);
        }
        return new Result(deadlineReached ? Status.MISSED : Status.AT_RISK, null, null,
                "not moved in the required direction against " + against);
    }

    static BigDecimal trajectory(BigDecimal baseline, int baselineYear, BigDecimal goal, int goalYear, int period) {
        BigDecimal share = BigDecimal.valueOf(period - baselineYear)
                .divide(BigDecimal.valueOf(goalYear - baselineYear), MathContext.DECIMAL64);
        return baseline.add(goal.subtract(baseline).multiply(share)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
