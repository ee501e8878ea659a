package org.ecoreform.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ecoreform.indicators.importer.TargetComparator;
import org.ecoreform.indicators.service.AttainmentRule.Point;
import org.ecoreform.indicators.service.AttainmentRule.Status;
import org.junit.jupiter.api.Test;

class AttainmentRuleTest {

    private static AttainmentRule.Target target(TargetComparator comparator, String value, int year) {
        return new AttainmentRule.Target(comparator, value == null ? null : new BigDecimal(value), year, null, null);
    }

    private static AttainmentRule.Target withBaseline(TargetComparator comparator, String value, int year, String baseline, int baselineYear) {
        return new AttainmentRule.Target(comparator, new BigDecimal(value), year, new BigDecimal(baseline), baselineYear);
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
        assertThat(AttainmentRule.evaluate(pm25, points(2020, "39"), 2026).status()).isEqualTo(Status.MET);
        var missed = AttainmentRule.evaluate(pm25, points(2020, "41.5"), 2026);
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.gap()).isEqualByComparingTo("2.5");
    }

    @Test
    void noObservationOrAQualitativeTargetIsNoData() {
        assertThat(AttainmentRule.evaluate(target(TargetComparator.AT_LEAST, "63", 2020), List.of(), 2026).status()).isEqualTo(Status.NO_DATA);
        assertThat(AttainmentRule.evaluate(target(TargetComparator.QUALITATIVE, null, 2020), points(2020, "1"), 2026).status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void aTargetIsJudgedOnItsYearOrTheLatestBeforeNeverOnALaterYear() {
        var forest = target(TargetComparator.AT_LEAST, "63", 2020);
        assertThat(AttainmentRule.evaluate(forest, points(2019, "62", 2020, "63.1", 2021, "62.5"), 2026).status())
                .as("2020's 63.1 meets it; 2021's dip does not undo that").isEqualTo(Status.MET);
        var missed = AttainmentRule.evaluate(forest, points(2019, "62", 2021, "64"), 2026);
        assertThat(missed.status()).as("judged on 2019, the latest before 2020; 2021's 64 came too late").isEqualTo(Status.MISSED);
        assertThat(missed.gap()).isEqualByComparingTo("1");
        var onlyLater = AttainmentRule.evaluate(forest, points(2021, "64"), 2026);
        assertThat(onlyLater.status()).isEqualTo(Status.NO_DATA);
        assertThat(onlyLater.explanation()).contains("later values do not judge");
    }

    @Test
    void pastTheTargetYearWithoutMeetingItIsMissed() {
        var forest = target(TargetComparator.AT_LEAST, "63", 2020);
        assertThat(AttainmentRule.evaluate(forest, points(2018, "61"), 2026).status()).isEqualTo(Status.MISSED);
        assertThat(AttainmentRule.evaluate(forest, points(2018, "61"), 2019).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void beforeTheTargetYearTheTrajectoryDecides() {
        var forest = withBaseline(TargetComparator.AT_LEAST, "70", 2030, "60", 2020);
        var ahead = AttainmentRule.evaluate(forest, points(2025, "65.5"), 2026);
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(ahead.expected()).isEqualByComparingTo("65");
        assertThat(AttainmentRule.evaluate(forest, points(2025, "64"), 2026).status()).isEqualTo(Status.AT_RISK);
        var pm25 = withBaseline(TargetComparator.AT_MOST, "30", 2030, "40", 2020);
        assertThat(AttainmentRule.evaluate(pm25, points(2025, "34"), 2026).status()).isEqualTo(Status.ON_TRACK);
        assertThat(AttainmentRule.evaluate(pm25, points(2025, "36"), 2026).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void eliminationAndDirectionOnlyTargets() {
        var classV = target(TargetComparator.ELIMINATE, "0", 2020);
        assertThat(AttainmentRule.evaluate(classV, points(2020, "0"), 2026).status()).isEqualTo(Status.MET);
        assertThat(AttainmentRule.evaluate(classV, points(2020, "3"), 2026).status()).isEqualTo(Status.MISSED);
        var falling = target(TargetComparator.DECREASE, null, 2020);
        assertThat(AttainmentRule.evaluate(falling, points(2016, "0.52", 2020, "0.47"), 2026).status()).isEqualTo(Status.MET);
        assertThat(AttainmentRule.evaluate(falling, points(2020, "0.47"), 2026).status()).isEqualTo(Status.NO_DATA);
        assertThat(AttainmentRule.evaluate(falling, points(2016, "0.47", 2020, "0.52"), 2026).status()).isEqualTo(Status.MISSED);
    }
}
