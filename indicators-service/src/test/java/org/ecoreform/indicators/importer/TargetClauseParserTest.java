package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ecoreform.indicators.domain.TargetComparator;
import org.junit.jupiter.api.Test;

/** The wordings plans use for targets; every sentence here is written for the test. */
class TargetClauseParserTest {

    private static final TargetClauseParser PARSER = new TargetClauseParser(IndicatorCodelist.load());

    private static TargetClauseParser.Finding only(String clause) {
        List<TargetClauseParser.Finding> findings = PARSER.parse(DocumentText.fold(clause));
        assertThat(findings).as(clause).hasSize(1);
        return findings.get(0);
    }

    private static void assertLevel(
            String clause, String indicator, TargetComparator comparator, String value, String unit) {
        TargetClauseParser.Finding f = only(clause);
        assertThat(f.indicatorId()).as(clause).isEqualTo(indicator);
        assertThat(f.proposedIndicator()).as(clause).isNull();
        assertThat(f.comparator()).as(clause).isEqualTo(comparator);
        assertThat(f.value()).as(clause).isEqualByComparingTo(new BigDecimal(value));
        assertThat(f.unit()).as(clause).isEqualTo(unit);
        assertThat(f.baselineYear()).as(clause).isNull();
    }

    @Test
    void readsLevelsWhateverTheirWording() {
        assertLevel("全省森林覆盖率保持在66.8%以上", "forest-coverage", TargetComparator.AT_LEAST, "66.8", "%");
        assertLevel("细颗粒物年均浓度不高于25微克／立方米", "pm25-annual-mean", TargetComparator.AT_MOST, "25", "µg/m³");
        assertLevel("湿地面积不低于20万公顷", "wetland-area", TargetComparator.AT_LEAST, "20", "万公顷");
        assertLevel("国土空间开发强度控制在10%以内", "development-intensity", TargetComparator.AT_MOST, "10", "%");
        assertLevel("地表水水质优良比例稳定在95%以上", "surface-water-good-ratio", TargetComparator.AT_LEAST, "95", "%");
        assertLevel("城镇污水处理率提高到97%以上", "urban-sewage-treatment-rate", TargetComparator.AT_LEAST, "97", "%");
    }

    @Test
    void keepsTheIndicatorsWordingWithItsScope() {
        assertThat(only("县级及以上城市空气质量优良天数比率达到96%以上").wording()).isEqualTo("县级及以上城市空气质量优良天数比率");
        assertThat(only("全省森林覆盖率保持在66.8%以上").wording()).isEqualTo("森林覆盖率");
    }

    @Test
    void readsAReductionAgainstABaseYearAsAChangeNotALevel() {
        TargetClauseParser.Finding f = only("单位国内生产总值能耗比2015年下降10%");
        assertThat(f.indicatorId()).isEqualTo("energy-intensity");
        assertThat(f.comparator()).isEqualTo(TargetComparator.DECREASE);
        assertThat(f.value()).isEqualByComparingTo("10");
        assertThat(f.unit()).isEqualTo("%");
        assertThat(f.baselineYear()).isEqualTo(2015);
        assertThat(f.baselineValue()).isNull();

        TargetClauseParser.Finding points = only("地表水水质优良比例较2020年提高2个百分点");
        assertThat(points.comparator()).isEqualTo(TargetComparator.INCREASE);
        assertThat(points.unit()).isEqualTo("个百分点");
        assertThat(points.baselineYear()).isEqualTo(2020);
    }

    @Test
    void keepsAStatedStartingPointAsTheBaseline() {
        TargetClauseParser.Finding f = only("森林覆盖率由2015年的60.5%提高到63%以上");
        assertThat(f.comparator()).isEqualTo(TargetComparator.AT_LEAST);
        assertThat(f.value()).isEqualByComparingTo("63");
        assertThat(f.baselineValue()).isEqualByComparingTo("60.5");
        assertThat(f.baselineYear()).isEqualTo(2015);
    }

    @Test
    void readsEliminationDirectionAndHoldingTheLine() {
        TargetClauseParser.Finding eliminate = only("基本消除Ⅴ类及劣Ⅴ类水体");
        assertThat(eliminate.indicatorId()).isEqualTo("inferior-class-v-water");
        assertThat(eliminate.comparator()).isEqualTo(TargetComparator.ELIMINATE);
        assertThat(eliminate.value()).isEqualByComparingTo("0");

        TargetClauseParser.Finding falling = only("主要污染物排放量力争进一步下降");
        assertThat(falling.comparator()).isEqualTo(TargetComparator.DECREASE);
        assertThat(falling.value()).isNull();
        assertThat(falling.wording()).isEqualTo("主要污染物排放量");

        TargetClauseParser.Finding hold = only("守住耕地保有量1800万亩");
        assertThat(hold.comparator()).isEqualTo(TargetComparator.AT_LEAST);
        assertThat(hold.value()).isEqualByComparingTo("1800");
        assertThat(hold.unit()).isEqualTo("万亩");
        assertThat(hold.wording()).isEqualTo("耕地保有量");
    }

    @Test
    void proposesAnIndicatorForATargetOfAnUnknownOneInsteadOfDroppingIt() {
        TargetClauseParser.Finding carbon = only("单位地区生产总值二氧化碳排放比2020年下降18%");
        assertThat(carbon.proposedIndicator()).isNotNull();
        assertThat(carbon.wording()).isEqualTo("单位地区生产总值二氧化碳排放");
        assertThat(carbon.indicatorId())
                .isEqualTo(carbon.proposedIndicator().id())
                .startsWith("plan-");
        assertThat(carbon.proposedIndicator().direction()).isEqualTo("lower");
        assertThat(carbon.proposedIndicator().unit()).isEmpty(); // 18 % is the change, not the indicator's unit
        assertThat(carbon.comparator()).isEqualTo(TargetComparator.DECREASE);
        assertThat(carbon.baselineYear()).isEqualTo(2020);

        TargetClauseParser.Finding wetlands = only("湿地保护率达到55%以上");
        assertThat(wetlands.proposedIndicator().nameZh()).isEqualTo("湿地保护率");
        assertThat(wetlands.proposedIndicator().unit()).isEqualTo("%");
        assertThat(wetlands.proposedIndicator().direction()).isEqualTo("higher");
        // the same wording is the same proposal, whichever plan states it
        assertThat(only("全省湿地保护率不低于60%").indicatorId()).isEqualTo(wetlands.indicatorId());

        TargetClauseParser.Finding blackWater = only("基本消除城市黑臭水体");
        assertThat(blackWater.wording()).isEqualTo("城市黑臭水体");
        assertThat(blackWater.comparator()).isEqualTo(TargetComparator.ELIMINATE);
    }

    @Test
    void leavesOutWhatStatesNoMeasurableTarget() {
        assertThat(PARSER.parse("建设一批示范区")).isEmpty();
        assertThat(PARSER.parse("试验区建设取得重要进展")).isEmpty();
        assertThat(PARSER.parse("建成20个生态文明示范县")).isEmpty();
        // two figures and no indicator to pair them with: not guessed
        assertThat(PARSER.parse("分别达到90%和95%以上")).isEmpty();
    }

    @Test
    void aLevelWithATrailingDirectionClauseIsTheLevel() {
        assertLevel("PM2.5年均浓度不高于30微克／立方米并力争进一步下降", "pm25-annual-mean", TargetComparator.AT_MOST, "30", "µg/m³");
        assertLevel("细颗粒物年均浓度不高于35微克/立方米并力争进一步下降", "pm25-annual-mean", TargetComparator.AT_MOST, "35", "µg/m³");
    }

    @Test
    void itemsSharingAHeadNounAreOneIndicatorEach() {
        // Guizhou's own clause: three areas, each to grow, not wetland alone
        List<TargetClauseParser.Finding> areas = PARSER.parse(DocumentText.fold("河流、湖泊、湿地面积逐步增加"));
        assertThat(areas)
                .extracting(TargetClauseParser.Finding::indicatorId)
                .containsExactly("river-area", "lake-area", "wetland-area");
        assertThat(areas).allSatisfy(f -> assertThat(f.comparator()).isEqualTo(TargetComparator.INCREASE));
        assertThat(IndicatorWording.withSharedHeadsSpelledOut("森林、草原面积不减少")).isEqualTo("森林面积、草原面积不减少");
        assertThat(IndicatorWording.withSharedHeadsSpelledOut("水土流失面积和强度显著下降")).isEqualTo("水土流失面积和强度显著下降");
    }

    @Test
    void verbFirstTargetsAndTheirKinAreRead() {
        TargetClauseParser.Finding farmland = only("守住1200万亩耕地");
        assertThat(farmland.wording()).isEqualTo("耕地");
        assertThat(farmland.comparator()).isEqualTo(TargetComparator.AT_LEAST);
        assertThat(farmland.value()).isEqualByComparingTo("1200");
        assertThat(farmland.unit()).isEqualTo("万亩");
        TargetClauseParser.Finding keep = only("确保林地保有率不低于60%");
        assertThat(keep.wording()).isEqualTo("林地保有率");
        assertThat(keep.comparator()).isEqualTo(TargetComparator.AT_LEAST);
        TargetClauseParser.Finding energy = only("能源消费总量控制在1.2亿吨标准煤以内");
        assertThat(energy.comparator()).isEqualTo(TargetComparator.AT_MOST);
        assertThat(energy.value()).isEqualByComparingTo("1.2");
        assertThat(energy.unit()).isEqualTo("亿吨标准煤");
    }

    @Test
    void everyOneOfThemIsAHundredPercent() {
        assertLevel("地级市全部达到环境空气质量二级标准", "prefecture-air-quality-class-ii", TargetComparator.EQUAL, "100", "%");
    }
}
