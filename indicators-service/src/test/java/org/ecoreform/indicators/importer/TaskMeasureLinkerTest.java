package org.ecoreform.indicators.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskMeasureLinkerTest {

    private static final TaskMeasureLinker LINKER = new TaskMeasureLinker(List.of(
            new TaskMeasureLinker.Measure("N2020-15", "生态环境监测监察执法垂直管理", Set.of("350000", "360000", "520000")),
            new TaskMeasureLinker.Measure("N2020-50", "生态产业发展机制", Set.of("520000")),
            new TaskMeasureLinker.Measure("N2020-67", "鄱阳湖流域全覆盖生态补偿机制", Set.of("360000")),
            new TaskMeasureLinker.Measure("N2020-69", "东江流域跨省横向生态补偿机制", Set.of("360000")),
            new TaskMeasureLinker.Measure("N2020-68", "汀江-韩江流域跨省横向生态补偿机制", Set.of("350000"))));

    @Test
    void aTaskStatingTheMeasuresNameIsLinked() {
        TaskMeasureLinker.Linking linking =
                LINKER.link("360000", "健全生态环境监测网络和预警机制。2017年启动环保机构监测监察执法垂直管理改革，强化省级环境质量监测事权");
        assertThat(linking.links())
                .extracting(TaskMeasureLinker.Scored::measureId)
                .containsExactly("N2020-15");
        assertThat(linking.links().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void onlyMeasuresProvenInTheTasksProvinceAreConsidered() {
        // 汀江-韩江 (Fujian) is as close in words as 东江 (Jiangxi), but a Jiangxi task cannot have become it
        TaskMeasureLinker.Linking linking = LINKER.link("360000", "实施江西广东东江跨省流域横向生态保护补偿，建立成本共担、效益共享的长效机制");
        assertThat(linking.links())
                .extracting(TaskMeasureLinker.Scored::measureId)
                .containsExactly("N2020-69");
        assertThat(linking.candidates())
                .extracting(TaskMeasureLinker.Scored::measureId)
                .doesNotContain("N2020-68");
    }

    @Test
    void genericWordsAloneMakeACandidateNotALink() {
        TaskMeasureLinker.Linking linking =
                LINKER.link("520000", "建立生态旅游融合发展机制。2017年制定贵州省全域旅游工作方案，以推进山地旅游业与生态农业、林业、康养业融合发展为重点");
        assertThat(linking.links()).isEmpty();
        assertThat(linking.candidates())
                .extracting(TaskMeasureLinker.Scored::measureId)
                .containsExactly("N2020-50");
    }

    @Test
    void twoCloseMeasuresAreCandidatesBothAndNeitherIsLinked() {
        TaskMeasureLinker.Linking linking = LINKER.link(
                "360000",
                "健全流域生态保护补偿制度。2018年修订完善江西省流域生态保护补偿办法，科学制定补偿标准、方法和途径，" + "完善补偿资金筹措与增长机制，逐步构建覆盖全省、统一规范的全流域生态保护补偿制度");
        assertThat(linking.links()).isEmpty();
        assertThat(linking.candidates())
                .extracting(TaskMeasureLinker.Scored::measureId)
                .containsExactly("N2020-67", "N2020-69");
    }
}
