package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published values of Jiangxi and Guizhou against the targets of their pilot plans: a value goes
 * to a target's indicator only where its scope is the target's (设区城市 is not 县级及以上城市,
 * 国考断面 is not 全省); every other value keeps an indicator of its own.
 */
class PublishedValuesTest {

    private static final IndicatorCodelist CODELIST = IndicatorCodelist.load();
    private static final List<PublishedValues.Value> VALUES = PublishedValues.load();
    private static final PublishedValueMatcher MATCHER = new PublishedValueMatcher(
            CODELIST,
            PlanTargetExtractor.extract(
                            DocumentText.read("reference/001_b109216fcd3a97d1.txt"),
                            "001_b109216fcd3a97d1.txt",
                            CODELIST)
                    .stream()
                    .flatMap(plan -> plan.targets().stream()
                            .map(t -> new PublishedValueMatcher.TargetClause(
                                    plan.province(), t.indicatorId(), t.sentence())))
                    .toList());

    @Test
    void readsEveryRowWithItsPublisherDateAndLine() {
        assertThat(VALUES).hasSize(16);
        PublishedValues.Value forest = VALUES.get(0);
        assertThat(forest)
                .isEqualTo(new PublishedValues.Value(
                        "360000", 2020, "森林覆盖率", new java.math.BigDecimal("63.1"), "%", "新华社（南昌电）", "2021-01-28", 5));
        assertThat(VALUES).extracting(PublishedValues.Value::publishedOn).contains("2021-01", "2022-06-17");
    }

    @Test
    void aValueGoesToATargetsIndicatorOnlyForTheSameScope() {
        Map<String, String> decided = new LinkedHashMap<>();
        VALUES.forEach(v -> decided.put(
                v.province() + " " + v.period() + " " + v.wording(),
                MATCHER.decide(v).indicatorId()));
        assertThat(decided)
                .containsEntry("360000 2020 森林覆盖率", "forest-coverage")
                .containsEntry("360000 2020 全省地表水水质优良比例", "surface-water-good-ratio")
                .containsEntry("360000 2019 全省地表水断面水质优良比例", "surface-water-good-ratio")
                .containsEntry("520000 2019 森林覆盖率", "forest-coverage")
                .containsEntry("520000 2019 出境断面水质优良率", "outbound-section-good-water-ratio");
        assertThat(decided)
                .as("设区城市 is not the 县级及以上城市 of Jiangxi's target")
                .containsEntry("360000 2020 设区城市环境空气质量优良天数比率", "good-air-days-ratio-prefecture-cities")
                .containsEntry("360000 2020 设区城市PM2.5平均浓度", "pm25-annual-mean-prefecture-cities");
        assertThat(decided)
                .as("国考断面 is not the whole province")
                .containsEntry("360000 2020 地表水国考断面水质优良比例", "surface-water-good-ratio-national-sections");
        assertThat(decided)
                .as("other cities than the target's")
                .containsEntry("520000 2019 县城以上城市空气质量优良天数比率", "good-air-days-ratio-county-town-and-above-cities")
                .containsEntry("520000 2021 中心城市环境空气质量优良天数比例", "good-air-days-ratio-central-cities");
        assertThat(decided.get("360000 2020 Ⅴ类及劣Ⅴ类水断面比例"))
                .as("a share of sections is not a count of water bodies")
                .startsWith("published-");
        assertThat(decided.get("520000 2020 主要河流监测断面优良水质比例")).startsWith("published-");
    }

    @Test
    void anIndicatorOfItsOwnKeepsTheMeasureUnitAndDirection() {
        PublishedValueMatcher.Decision pm25 = MATCHER.decide(VALUES.stream()
                .filter(v -> v.wording().equals("设区城市PM2.5平均浓度") && v.period() == 2020)
                .findFirst()
                .orElseThrow());
        assertThat(pm25.newIndicator().nameZh()).isEqualTo("设区城市PM2.5平均浓度");
        assertThat(pm25.newIndicator().nameEn()).isEqualTo("PM2.5 annual mean concentration (prefecture-level cities)");
        assertThat(pm25.newIndicator().direction()).isEqualTo("lower");
        assertThat(pm25.reason()).contains("prefecture-level cities");
        assertThat(MATCHER.decide(VALUES.get(0)).newIndicator())
                .as("forest coverage exists")
                .isNull();
    }
}
