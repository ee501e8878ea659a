package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecoreform.indicators.domain.TargetComparator;
import org.junit.jupiter.api.Test;

class PlanTargetExtractorTest {

    private static final IndicatorCodelist CODELIST = IndicatorCodelist.load();
    private static final List<ExtractedPlan> PLANS = PlanTargetExtractor.extract(
            DocumentText.read("reference/001_b109216fcd3a97d1.txt"), "001_b109216fcd3a97d1.txt", CODELIST);
    private static final ExtractedPlan JIANGXI = PLANS.get(0);
    private static final ExtractedPlan GUIZHOU = PLANS.get(1);

    private static Map<String, ExtractedPlan.Target> byIndicator(ExtractedPlan plan) {
        return plan.targets().stream().collect(Collectors.toMap(ExtractedPlan.Target::indicatorId, t -> t));
    }

    private static void assertTarget(
            ExtractedPlan.Target target, TargetComparator comparator, String value, String unit) {
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.year()).isEqualTo(2020);
    }

    @Test
    void findsBothPlansOfTheDocument() {
        assertThat(PLANS).extracting(ExtractedPlan::province).containsExactly("360000", "520000");
        assertThat(JIANGXI.title()).isEqualTo("国家生态文明试验区(江西)实施方案");
        assertThat(JIANGXI.targets()).hasSize(15);
        assertThat(GUIZHOU.targets()).hasSize(23);
    }

    @Test
    void extractsJiangxisMainTargetsWithTheirWording() {
        Map<String, ExtractedPlan.Target> t = byIndicator(JIANGXI);
        assertTarget(t.get("forest-coverage"), TargetComparator.AT_LEAST, "63", "%");
        assertThat(t.get("forest-coverage").sentence()).isEqualTo("全省森林覆盖率稳定在63%");
        assertThat(t.get("forest-coverage").line()).isEqualTo(19);
        assertTarget(t.get("surface-water-good-ratio"), TargetComparator.AT_LEAST, "85.3", "%");
        assertTarget(t.get("water-function-zone-compliance"), TargetComparator.AT_LEAST, "91", "%");
        assertTarget(t.get("poyang-water-function-zone-compliance"), TargetComparator.AT_LEAST, "90", "%");
        assertTarget(t.get("good-air-days-ratio"), TargetComparator.AT_LEAST, "92.8", "%");
        assertTarget(t.get("pm25-annual-mean"), TargetComparator.AT_MOST, "39", "µg/m³");
        assertTarget(t.get("wetland-area"), TargetComparator.AT_LEAST, "91", "万公顷");
        assertTarget(t.get("grassland-vegetation-cover"), TargetComparator.AT_LEAST, "86.5", "%");
        assertTarget(t.get("inferior-class-v-water"), TargetComparator.ELIMINATE, "0", "water bodies");
        assertThat(t.get("soil-erosion").comparator()).isEqualTo(TargetComparator.DECREASE);
        assertThat(List.of(
                        "energy-intensity", "water-intensity", "greenhouse-gas-emissions", "major-pollutant-emissions"))
                .allSatisfy(id -> assertThat(t.get(id).comparator()).isEqualTo(TargetComparator.DECREASE));
        assertTarget(t.get("sponge-city-share"), TargetComparator.AT_LEAST, "20", "%");
        assertThat(t.get("sponge-city-share").section()).isEqualTo("三、重点任务");
    }

    @Test
    void extractsGuizhousListIncludingRespectiveValuesAndKeyTasks() {
        Map<String, ExtractedPlan.Target> t = byIndicator(GUIZHOU);
        assertTarget(t.get("development-intensity"), TargetComparator.AT_MOST, "4.2", "%");
        assertTarget(t.get("construction-land-total"), TargetComparator.AT_MOST, "74.4", "万公顷");
        assertTarget(t.get("urban-sewage-treatment-rate"), TargetComparator.AT_LEAST, "93", "%");
        assertTarget(t.get("household-waste-harmless-rate"), TargetComparator.AT_LEAST, "90", "%");
        assertTarget(t.get("green-village-share"), TargetComparator.AT_LEAST, "70", "%");
        assertTarget(t.get("forest-coverage"), TargetComparator.AT_LEAST, "60", "%");
        assertTarget(t.get("forest-area"), TargetComparator.AT_LEAST, "10.56", "万平方公里");
        assertTarget(t.get("water-function-zone-compliance"), TargetComparator.AT_LEAST, "86", "%");
        assertTarget(t.get("good-air-days-ratio"), TargetComparator.AT_LEAST, "95", "%");
        // 河流、湖泊、湿地面积逐步增加: three targets, not wetland alone
        assertThat(List.of("river-area", "lake-area", "wetland-area"))
                .allSatisfy(
                        area -> assertThat(t.get(area).comparator()).as(area).isEqualTo(TargetComparator.INCREASE));
        // 地级市全部达到环境空气质量二级标准: every prefecture-level city, 100 %
        assertTarget(t.get("prefecture-air-quality-class-ii"), TargetComparator.EQUAL, "100", "%");
        assertThat(t.get("biodiversity-protection").comparator()).isEqualTo(TargetComparator.QUALITATIVE);
        assertTarget(t.get("groundwater-user-monitoring"), TargetComparator.EQUAL, "100", "%");
        assertThat(t.get("groundwater-user-monitoring").section()).isEqualTo("三、重点任务");
        // stated in the main targets and again in the key tasks: kept once, with the first wording
        assertThat(GUIZHOU.targets())
                .filteredOn(x -> x.indicatorId().equals("village-waste-treated-share"))
                .hasSize(1)
                .first()
                .satisfies(x -> assertThat(x.section()).isEqualTo("（三）主要目标"));
    }

    @Test
    void recognisesTheRetranslatedCopyOfTheJiangxiPlan() {
        List<ExtractedPlan> copy = PlanTargetExtractor.extract(
                DocumentText.read("reference/004_e87c28fe4a3b5554.txt"), "004_e87c28fe4a3b5554.txt", CODELIST);
        assertThat(copy).hasSize(1);
        assertThat(copy.get(0).sameDocumentAs(JIANGXI)).isTrue();
        assertThat(copy.get(0).sameDocumentAs(GUIZHOU)).isFalse();
        assertThat(copy.get(0).targetFigures()).isEqualTo(JIANGXI.targetFigures());
    }

    /** A plan in the Fujian and Hainan style, written for this test: no headings, years stated per paragraph. */
    private static final String PLAN_PARAGRAPHS = String.join(
            "\n",
            "为加快建设生态省，制定本规划。",
            "到2025年，全省森林覆盖率保持在67%以上，细颗粒物年均浓度不高于24微克／立方米，单位国内生产总值能耗比2020年下降14%，" + "基本消除城市黑臭水体，主要污染物排放量力争进一步下降。",
            "湿地面积不低于20万公顷。",
            "到2030年，全省地表水水质优良比例稳定在97%以上，国土空间开发强度控制在9%以内。");

    @Test
    void readsAPlanWithoutHeadingsParagraphByParagraph() {
        ExtractedPlan plan =
                PlanTargetExtractor.extractPlan(PLAN_PARAGRAPHS, "350000", "福建省生态保护规划（测试）", null, CODELIST);
        assertThat(plan.targets())
                .extracting(ExtractedPlan.Target::indicatorId, ExtractedPlan.Target::year, ExtractedPlan.Target::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("forest-coverage", 2025, 2),
                        org.assertj.core.groups.Tuple.tuple("pm25-annual-mean", 2025, 2),
                        org.assertj.core.groups.Tuple.tuple("energy-intensity", 2025, 2),
                        org.assertj.core.groups.Tuple.tuple(
                                plan.targets().get(3).indicatorId(), 2025, 2),
                        org.assertj.core.groups.Tuple.tuple("major-pollutant-emissions", 2025, 2),
                        org.assertj.core.groups.Tuple.tuple("surface-water-good-ratio", 2030, 4),
                        org.assertj.core.groups.Tuple.tuple("development-intensity", 2030, 4));
        // the year of one paragraph does not carry into the next, undated one (湿地面积 on line 3)
        assertThat(plan.targets()).noneMatch(t -> t.indicatorId().equals("wetland-area"));
        ExtractedPlan.Target blackWater = plan.targets().get(3);
        assertThat(blackWater.proposedIndicator()).isNotNull();
        assertThat(blackWater.wording()).isEqualTo("城市黑臭水体");
        assertThat(blackWater.comparator()).isEqualTo(TargetComparator.ELIMINATE);
        ExtractedPlan.Target energy = plan.targets().get(2);
        assertThat(energy.comparator()).isEqualTo(TargetComparator.DECREASE);
        assertThat(energy.value()).isEqualByComparingTo("14");
        assertThat(energy.baselineYear()).isEqualTo(2020);
        assertThat(plan.targets().get(0).section()).isEqualTo("正文");
    }

    /**
     * Counted apart from the extractor: every number with a unit of measure on the lines of each
     * plan's targets (主要目标 to 重点任务, and the key tasks' dated sentences), years aside. Each must
     * stand in the clause of a target read from that line (its value, its baseline, or a qualifier
     * such as 年用地下水5万立方米以上的用水户), or in a clause reported unread.
     */
    @Test
    void everyDatedFigureOfTheShippedPlansIsATargetOrReportedUnread() {
        java.util.regex.Pattern measured = java.util.regex.Pattern.compile(
                "(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)\\s*(?:%|个百分点|万公顷|万平方公里|平方公里|万亩|亿立方米|万立方米|微克/立方米|万吨|吨)");
        List<String> lines = DocumentText.read("reference/001_b109216fcd3a97d1.txt")
                .lines()
                .map(DocumentText::fold)
                .toList();
        java.util.Map<String, Integer> accounted = new java.util.TreeMap<>();
        for (ExtractedPlan plan : PLANS) {
            java.util.Set<Integer> lineNumbers = new java.util.TreeSet<>();
            plan.targets().forEach(t -> lineNumbers.add(t.line()));
            plan.unread().forEach(u -> lineNumbers.add(u.line()));
            int main = lines.indexOf(lines.stream()
                    .filter(l -> l.contains("主要目标") && lines.indexOf(l) >= firstLineOf(lines, plan))
                    .findFirst()
                    .orElseThrow());
            for (int i = main; i < lines.size() && !lines.get(i).startsWith("三、"); i++) {
                lineNumbers.add(i + 1);
            }
            for (int lineNumber : lineNumbers) {
                String line = lines.get(lineNumber - 1).replaceAll("\\d{4}年", "");
                java.util.regex.Matcher figure = measured.matcher(line);
                while (figure.find()) {
                    BigDecimal value = new BigDecimal(figure.group(1));
                    boolean target = plan.targets().stream()
                            .anyMatch(t -> t.line() == lineNumber
                                    && (t.value() != null && t.value().compareTo(value) == 0
                                            || t.sentence().contains(figure.group(1))));
                    boolean unread = plan.unread().stream()
                            .anyMatch(u -> u.line() == lineNumber && u.clause().contains(figure.group(1)));
                    assertThat(target || unread)
                            .as("%s line %d: %s", plan.province(), lineNumber, figure.group())
                            .isTrue();
                    accounted.merge(plan.province(), 1, Integer::sum);
                }
            }
        }
        // all of them: Jiangxi's 9 and Guizhou's 18, each a target's figure or reported unread
        assertThat(accounted).isEqualTo(java.util.Map.of("360000", 9, "520000", 18));
    }

    private static int firstLineOf(List<String> lines, ExtractedPlan plan) {
        String marker = "360000".equals(plan.province()) ? "(江西)实施方案》全文如下" : "(贵州)实施方案》全文如下";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        throw new IllegalStateException("no plan " + plan.province());
    }
}
