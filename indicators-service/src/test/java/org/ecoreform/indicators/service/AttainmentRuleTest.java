package org.ecoreform.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ecoreform.indicators.domain.TargetComparator;
import org.ecoreform.indicators.service.AttainmentRule.Point;
import org.ecoreform.indicators.service.AttainmentRule.Status;
import org.junit.jupiter.api.Test;

class AttainmentRuleTest {

    private static AttainmentRule.Target target(TargetComparator comparator, String value, int year) {
        return new AttainmentRule.Target(
                comparator, value == null ? null : new BigDecimal(value), null, year, null, null);
    }

    private static AttainmentRule.Target withBaseline(
            TargetComparator comparator, String value, int year, String baseline, int baselineYear) {
        return new AttainmentRule.Target(
                comparator, new BigDecimal(value), null, year, new BigDecimal(baseline), baselineYear);
    }

    private static List<Point> points(Object... periodValue) {
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < periodValue.length; i += 2) {
            points.add(new Point((Integer) periodValue[i], new BigDecimal((String) periodValue[i + 1])));
        }
        return points;
    }

    @Test
    void exactlyOnTargetIsMet() {
        var result = AttainmentRule.evaluate(target(TargetComparator.AT_LEAST, "63", 2020), points(2020, "63.0"), 2026);
        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.gap()).isEqualByComparingTo("0");
    }

    @Test
    void lowerIsBetterComparesTheOtherWay() {
        var pm25 = target(TargetComparator.AT_MOST, "39", 2020);
        assertThat(AttainmentRule.evaluate(pm25, points(2020, "39"), 2026).status())
                .isEqualTo(Status.MET);
        var missed = AttainmentRule.evaluate(pm25, points(2020, "41.5"), 2026);
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.gap()).isEqualByComparingTo("2.5");
    }

    @Test
    void noObservationOrAQualitativeTargetIsNoData() {
        assertThat(AttainmentRule.evaluate(target(TargetComparator.AT_LEAST, "63", 2020), List.of(), 2026)
                        .status())
                .isEqualTo(Status.NO_DATA);
        assertThat(AttainmentRule.evaluate(target(TargetComparator.QUALITATIVE, null, 2020), points(2020, "1"), 2026)
                        .status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void aTargetIsJudgedOnItsYearOrTheLatestBeforeNeverOnALaterYear() {
        var forest = target(TargetComparator.AT_LEAST, "63", 2020);
        assertThat(AttainmentRule.evaluate(forest, points(2019, "62", 2020, "63.1", 2021, "62.5"), 2026)
                        .status())
                .as("2020's 63.1 meets it; 2021's dip does not undo that")
                .isEqualTo(Status.MET);
        var unproven = AttainmentRule.evaluate(forest, points(2019, "62", 2021, "64"), 2026);
        assertThat(unproven.status())
                .as("2019, the latest before 2020, falls short, but 2020 itself has no value; 2021's 64 came too late")
                .isEqualTo(Status.NO_TARGET_YEAR_DATA);
        assertThat(unproven.gap()).isEqualByComparingTo("1");
        assertThat(unproven.explanation()).contains("no value for 2020", "2019: 62");
        var onlyLater = AttainmentRule.evaluate(forest, points(2021, "64"), 2026);
        assertThat(onlyLater.status()).isEqualTo(Status.NO_DATA);
        assertThat(onlyLater.explanation()).contains("later values do not judge");
    }

    @Test
    void pastTheTargetYearWithoutItsValueIsNotProvenMissed() {
        var forest = target(TargetComparator.AT_LEAST, "63", 2020);
        assertThat(AttainmentRule.evaluate(forest, points(2018, "61"), 2026).status())
                .isEqualTo(Status.NO_TARGET_YEAR_DATA);
        assertThat(AttainmentRule.evaluate(forest, points(2018, "61", 2020, "62"), 2026)
                        .status())
                .isEqualTo(Status.MISSED);
        var share = target(TargetComparator.INCREASE, null, 2020);
        assertThat(AttainmentRule.evaluate(share, points(2016, "50", 2018, "49"), 2026)
                        .status())
                .isEqualTo(Status.NO_TARGET_YEAR_DATA);
        assertThat(AttainmentRule.evaluate(forest, points(2018, "61"), 2019).status())
                .isEqualTo(Status.AT_RISK);
    }

    @Test
    void beforeTheTargetYearTheTrajectoryDecides() {
        var forest = withBaseline(TargetComparator.AT_LEAST, "70", 2030, "60", 2020);
        var ahead = AttainmentRule.evaluate(forest, points(2025, "65.5"), 2026);
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(ahead.expected()).isEqualByComparingTo("65");
        assertThat(AttainmentRule.evaluate(forest, points(2025, "64"), 2026).status())
                .isEqualTo(Status.AT_RISK);
        var pm25 = withBaseline(TargetComparator.AT_MOST, "30", 2030, "40", 2020);
        assertThat(AttainmentRule.evaluate(pm25, points(2025, "34"), 2026).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(AttainmentRule.evaluate(pm25, points(2025, "36"), 2026).status())
                .isEqualTo(Status.AT_RISK);
    }

    @Test
    void eliminationAndDirectionOnlyTargets() {
        var classV = target(TargetComparator.ELIMINATE, "0", 2020);
        assertThat(AttainmentRule.evaluate(classV, points(2020, "0"), 2026).status())
                .isEqualTo(Status.MET);
        assertThat(AttainmentRule.evaluate(classV, points(2020, "3"), 2026).status())
                .isEqualTo(Status.MISSED);
        var falling = target(TargetComparator.DECREASE, null, 2020);
        assertThat(AttainmentRule.evaluate(falling, points(2016, "0.52", 2020, "0.47"), 2026)
                        .status())
                .isEqualTo(Status.MET);
        assertThat(AttainmentRule.evaluate(falling, points(2020, "0.47"), 2026).status())
                .isEqualTo(Status.NO_DATA);
        assertThat(AttainmentRule.evaluate(falling, points(2016, "0.47", 2020, "0.52"), 2026)
                        .status())
                .isEqualTo(Status.MISSED);
    }

    private static AttainmentRule.Target relative(
            TargetComparator comparator, String by, String unit, int year, String baseline, int baselineYear) {
        return new AttainmentRule.Target(
                comparator,
                new BigDecimal(by),
                unit,
                year,
                baseline == null ? null : new BigDecimal(baseline),
                baselineYear);
    }

    @Test
    void aReductionAgainstABaseYearIsJudgedOnTheLevelItGivesFromTheObservedBaseYearValue() {
        // 比2015年下降10%: from 0.50 in 2015 the 2020 level must be at most 0.45
        var energy = relative(TargetComparator.DECREASE, "10", "%", 2020, null, 2015);
        var met = AttainmentRule.evaluate(energy, points(2015, "0.50", 2020, "0.44"), 2026);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.explanation()).startsWith("≤ 0.45 (10 % below the 2015 value 0.5)");
        assertThat(AttainmentRule.evaluate(energy, points(2015, "0.50", 2020, "0.46"), 2026)
                        .status())
                .isEqualTo(Status.MISSED);
        // halfway to 2020 and ahead of the straight line from 0.50 to 0.45
        assertThat(AttainmentRule.evaluate(energy, points(2015, "0.50", 2017, "0.47"), 2018)
                        .status())
                .isEqualTo(Status.ON_TRACK);
        // a value of 10 is not the target: 10 is far above the 0.45 the reduction gives
        assertThat(AttainmentRule.evaluate(energy, points(2015, "0.50", 2020, "10"), 2026)
                        .status())
                .isEqualTo(Status.MISSED);
        // without the base year's value there is nothing to measure the change from
        assertThat(AttainmentRule.evaluate(energy, points(2019, "0.40", 2020, "0.44"), 2026)
                        .status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void aStatedBaseValueAndPercentagePointsAreUsedAsWritten() {
        var stated = relative(TargetComparator.DECREASE, "10", "%", 2020, "0.60", 2015);
        // 10 % below the stated 0.60 is 0.54
        assertThat(AttainmentRule.evaluate(stated, points(2020, "0.54"), 2026).status())
                .isEqualTo(Status.MET);
        assertThat(AttainmentRule.evaluate(stated, points(2020, "0.55"), 2026).status())
                .isEqualTo(Status.MISSED);
        var byPoints = relative(TargetComparator.INCREASE, "2", "个百分点", 2025, "90", 2020);
        assertThat(AttainmentRule.evaluate(byPoints, points(2025, "91.5"), 2026).status())
                .isEqualTo(Status.MISSED);
        assertThat(AttainmentRule.evaluate(byPoints, points(2025, "92"), 2026).status())
                .isEqualTo(Status.MET);
    }
}
