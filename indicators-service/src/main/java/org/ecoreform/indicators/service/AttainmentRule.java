package org.ecoreform.indicators.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.ecoreform.indicators.domain.TargetComparator;

/**
 * Whether a target is attained, computed from its observations. A target for year Y is judged on
 * the value for Y, or the latest before it; values for later years are not used (a 2021 figure says
 * nothing about whether the 2020 target was met). The rule (also in the OpenAPI document):
 * <ul>
 *   <li>{@code no-data}: no observation for the target year or before, or a qualitative target
 *       (nothing to measure), or a direction-only target with nothing to compare the latest value against;</li>
 *   <li>{@code met}: the latest observation satisfies the target (≥, ≤, =, eliminate = 0; for
 *       increase/decrease by a stated amount against a base year — 比2015年下降10% — the level that
 *       amount gives from the base year's value, the plan's or else the one observed for that year, is
 *       judged as ≤ or ≥; for increase/decrease without an amount, better than the baseline, else than
 *       the earliest observation);</li>
 *   <li>{@code missed}: not satisfied by the value for the target year;</li>
 *   <li>{@code no-target-year-data}: the target year is over, there is no value for it, and the
 *       latest value before it (shown with its year) does not satisfy the target — not proven missed;</li>
 *   <li>{@code on-track}: not yet satisfied before the target year, but on the right side of the
 *       straight line from the baseline (value, year) to the target (value, year);</li>
 *   <li>{@code at-risk}: not yet satisfied before the target year, and behind that line or without
 *       a baseline to draw it.</li>
 * </ul>
 * The gap is what remains to reach the target in the indicator's unit (zero or negative once met).
 * A relative target whose base-year value is neither stated nor observed is {@code no-data}.
 */
public final class AttainmentRule {

    public enum Status {
        MET("met"),
        ON_TRACK("on-track"),
        AT_RISK("at-risk"),
        MISSED("missed"),
        NO_DATA("no-data"),
        NO_TARGET_YEAR_DATA("no-target-year-data");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public record Point(int period, BigDecimal value) {}

    /** {@code unit} matters only for a relative change: 个百分点 (points) or % of the base-year value. */
    public record Target(
            TargetComparator comparator,
            BigDecimal value,
            String unit,
            int year,
            BigDecimal baselineValue,
            Integer baselineYear) {

        boolean relative() {
            return (comparator == TargetComparator.INCREASE || comparator == TargetComparator.DECREASE)
                    && value != null;
        }
    }

    static final String PERCENTAGE_POINTS = "个百分点";

    /** The verdict; {@code expected} is the trajectory's value for the latest period, when drawn. */
    public record Result(Status status, BigDecimal gap, BigDecimal expected, String explanation) {}

    private AttainmentRule() {}

    public static Result evaluate(Target target, List<Point> observations, int currentYear) {
        if (target.comparator() == TargetComparator.QUALITATIVE) {
            return new Result(Status.NO_DATA, null, null, "qualitative target: not measurable");
        }
        if (observations.isEmpty()) {
            return new Result(Status.NO_DATA, null, null, "no observation reported");
        }
        List<Point> considered =
                observations.stream().filter(p -> p.period() <= target.year()).toList();
        if (considered.isEmpty()) {
            return new Result(
                    Status.NO_DATA,
                    null,
                    null,
                    "no value for " + target.year() + " or before; later values do not judge a " + target.year()
                            + " target");
        }
        observations = considered;
        if (target.relative()) {
            return relative(target, observations, currentYear);
        }
        Point latest = observations.stream()
                .max(Comparator.comparingInt(Point::period))
                .orElseThrow();
        boolean deadlineReached = latest.period() >= target.year();
        boolean yearOverUnmeasured = !deadlineReached && currentYear > target.year();
        if (target.comparator() == TargetComparator.INCREASE || target.comparator() == TargetComparator.DECREASE) {
            return direction(target, observations, latest, deadlineReached, yearOverUnmeasured);
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
            return new Result(Status.MISSED, gap, null, "the " + target.year() + " value does not satisfy the target");
        }
        if (yearOverUnmeasured) {
            return new Result(Status.NO_TARGET_YEAR_DATA, gap, null, unmeasured(target, latest));
        }
        if (target.baselineValue() == null || target.baselineYear() == null || target.baselineYear() >= target.year()) {
            return new Result(Status.AT_RISK, gap, null, "not yet met and no baseline to judge the trajectory");
        }
        BigDecimal expected =
                trajectory(target.baselineValue(), target.baselineYear(), goal, target.year(), latest.period());
        boolean upward = target.comparator() == TargetComparator.AT_LEAST
                || (target.comparator() == TargetComparator.EQUAL && goal.compareTo(target.baselineValue()) >= 0);
        boolean ahead = upward
                ? latest.value().compareTo(expected) >= 0
                : latest.value().compareTo(expected) <= 0;
        return new Result(
                ahead ? Status.ON_TRACK : Status.AT_RISK,
                gap,
                expected,
                (ahead ? "at or ahead of" : "behind") + " the straight line from the " + target.baselineYear()
                        + " baseline");
    }

    /** A change by a stated amount against a base year, judged as the level that amount gives. */
    private static Result relative(Target target, List<Point> observations, int currentYear) {
        if (target.baselineYear() == null) {
            return new Result(Status.NO_DATA, null, null, "relative target without a base year");
        }
        BigDecimal base = target.baselineValue() != null
                ? target.baselineValue()
                : observations.stream()
                        .filter(p -> p.period() == target.baselineYear())
                        .map(Point::value)
                        .findFirst()
                        .orElse(null);
        if (base == null) {
            return new Result(
                    Status.NO_DATA,
                    null,
                    null,
                    "no value for the base year " + target.baselineYear()
                            + ": a change relative to it cannot be judged");
        }
        BigDecimal change = PERCENTAGE_POINTS.equals(target.unit())
                ? target.value()
                : base.multiply(target.value()).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
        boolean decrease = target.comparator() == TargetComparator.DECREASE;
        BigDecimal level = (decrease ? base.subtract(change) : base.add(change))
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        Result asLevel = evaluate(
                new Target(
                        decrease ? TargetComparator.AT_MOST : TargetComparator.AT_LEAST,
                        level,
                        null,
                        target.year(),
                        base,
                        target.baselineYear()),
                observations,
                currentYear);
        return new Result(
                asLevel.status(),
                asLevel.gap(),
                asLevel.expected(),
                (decrease ? "≤ " : "≥ ") + level.toPlainString() + " ("
                        + target.value().stripTrailingZeros().toPlainString()
                        + (PERCENTAGE_POINTS.equals(target.unit()) ? " points" : " %")
                        + (decrease ? " below" : " above")
                        + " the " + target.baselineYear() + " value "
                        + base.stripTrailingZeros().toPlainString() + "): " + asLevel.explanation());
    }

    private static String unmeasured(Target target, Point latest) {
        return "no value for " + target.year() + "; the latest, " + latest.period() + ": "
                + latest.value().stripTrailingZeros().toPlainString()
                + ", does not satisfy it, which does not prove the " + target.year() + " target missed";
    }

    private static Result direction(
            Target target,
            List<Point> observations,
            Point latest,
            boolean deadlineReached,
            boolean yearOverUnmeasured) {
        BigDecimal reference;
        String against;
        if (target.baselineValue() != null) {
            reference = target.baselineValue();
            against = "the baseline";
        } else {
            Point earliest = observations.stream()
                    .min(Comparator.comparingInt(Point::period))
                    .orElseThrow();
            if (earliest.period() == latest.period()) {
                return new Result(
                        Status.NO_DATA, null, null, "direction-only target: a baseline or two observations are needed");
            }
            reference = earliest.value();
            against = "the " + earliest.period() + " value";
        }
        int sign = latest.value().compareTo(reference);
        boolean better = target.comparator() == TargetComparator.INCREASE ? sign > 0 : sign < 0;
        if (better) {
            return new Result(Status.MET, null, null, "moved in the required direction against " + against);
        }
        if (yearOverUnmeasured) {
            return new Result(Status.NO_TARGET_YEAR_DATA, null, null, unmeasured(target, latest));
        }
        return new Result(
                deadlineReached ? Status.MISSED : Status.AT_RISK,
                null,
                null,
                "not moved in the required direction against " + against);
    }

    static BigDecimal trajectory(BigDecimal baseline, int baselineYear, BigDecimal goal, int goalYear, int period) {
        BigDecimal share = BigDecimal.valueOf(period - baselineYear)
                .divide(BigDecimal.valueOf(goalYear - baselineYear), MathContext.DECIMAL64);
        return baseline.add(goal.subtract(baseline).multiply(share))
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
