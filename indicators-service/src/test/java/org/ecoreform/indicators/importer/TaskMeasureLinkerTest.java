package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The linker over the whole national list, on the shipped plans' own tasks. */
class TaskMeasureLinkerTest {

    private static final TaskMeasureLinker LINKER = new TaskMeasureLinker(NationalList.measures());
    private static final List<ExtractedPlan> PLANS = PlanTargetExtractor.extract(
            DocumentText.read("reference/001_b109216fcd3a97d1.txt"),
            "001_b109216fcd3a97d1.txt",
            IndicatorCodelist.load());

    private static TaskMeasureLinker.Linking link(String province, String taskStart) {
        PlanTaskReader.Task task = PLANS.stream()
                .filter(p -> p.province().equals(province))
                .flatMap(p -> p.tasks().tasks().stream())
                .filter(t -> t.text().startsWith(taskStart))
                .findFirst()
                .orElseThrow();
        return LINKER.link(province, task.text(), task.topic() + "。" + task.context());
    }

    @Test
    void aTaskBecomesAMeasureFirstProvenInAnotherProvince() {
        // Guizhou's buy-back pilot: the sentence before it says what is piloted (赎买…置换…公益林); N2020-36 was proven in
        // Fujian and Jiangxi
        TaskMeasureLinker.Linking linking = link("520000", "2018年在国家级和省级自然保护区、毕节市公益林区内开展试点");
        assertThat(linking.links()).singleElement().satisfies(link -> {
            assertThat(link.measureId()).isEqualTo("N2020-36");
            assertThat(link.provenInProvince()).isFalse();
            assertThat(link.phrases()).contains("公益林", "商品林");
            assertThat(link.score()).isGreaterThanOrEqualTo(TaskMeasureLinker.LINK);
        });
    }

    @Test
    void aPlaceAndAPhraseTogetherLinkAndTheProvinceRaisesConfidence() {
        TaskMeasureLinker.Linking jiangxi = link("360000", "总结推广萍乡市海绵城市建设试点经验");
        assertThat(jiangxi.links()).singleElement().satisfies(link -> {
            assertThat(link.measureId()).isEqualTo("N2020-10");
            assertThat(link.provenInProvince()).isTrue();
            assertThat(link.phrases()).startsWith("海绵城市建设").contains("萍乡市");
        });
        // the same words in another province's plan: the same measure, with less confidence
        TaskMeasureLinker.Linking elsewhere =
                LINKER.link("520000", "总结推广萍乡市海绵城市建设试点经验，到2020年，全省城市建成区20%以上的面积达到海绵城市建设标准", "");
        assertThat(elsewhere.links().get(0).measureId()).isEqualTo("N2020-10");
        assertThat(elsewhere.links().get(0).provenInProvince()).isFalse();
        assertThat(elsewhere.links().get(0).score())
                .isLessThan(jiangxi.links().get(0).score());
    }

    @Test
    void genericWordsAloneCarryNoWeight() {
        TaskMeasureLinker.Linking linking = LINKER.link("520000", "2018年建立健全生态产业发展机制，完善生态文明建设体制", "");
        assertThat(linking.links()).isEmpty();
        assertThat(linking.candidates()).isEmpty();
    }

    @Test
    void oneSharedPhraseMakesACandidateNotALink() {
        // 鄱阳湖流域 is the only phrase this task shares with N2020-67 (a compensation measure; the task is restoration)
        TaskMeasureLinker.Linking linking = link("360000", "2018年出台关于加强鄱阳湖流域生态系统保护与修复的政策文件");
        assertThat(linking.links()).isEmpty();
        assertThat(linking.candidates()).first().satisfies(c -> {
            assertThat(c.measureId()).isEqualTo("N2020-67");
            assertThat(c.phrases()).containsExactly("鄱阳湖流域");
        });
    }

    @Test
    void twoCloseMeasuresAreBothCandidatesAndNeitherIsLinked() {
        // the two departure-audit measures share the same phrases with Guizhou's audit task
        TaskMeasureLinker.Linking linking = link("520000", "2018年建立经常性审计制度");
        assertThat(linking.links()).isEmpty();
        assertThat(linking.candidates())
                .extracting(TaskMeasureLinker.Scored::measureId)
                .startsWith("N2020-89", "N2020-90");
        assertThat(linking.candidates().get(0).phrases()).contains("自然资源资产离任审计");
    }
}
