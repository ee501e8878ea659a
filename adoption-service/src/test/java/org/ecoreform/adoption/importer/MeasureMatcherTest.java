package org.ecoreform.adoption.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ecoreform.adoption.importer.MeasureMatcher.Candidate;
import org.ecoreform.adoption.importer.MeasureMatcher.CatalogueMeasure;
import org.ecoreform.adoption.importer.MeasureMatcher.Verdict;
import org.junit.jupiter.api.Test;

/** Names from the national list (facts), in the variants provinces write them. */
class MeasureMatcherTest {

    private static final Set<String> FUJIAN = Set.of("350000");
    private static final Set<String> JIANGXI = Set.of("360000");
    private static final Set<String> GUIZHOU = Set.of("520000");

    private final MeasureMatcher matcher = new MeasureMatcher(
            List.of(
                    new CatalogueMeasure("N2020-07", "共商共管共建共享的国家公园管理体制", FUJIAN),
                    new CatalogueMeasure("N2020-10", "“上截、中蓄、下排”的海绵城市建设机制", JIANGXI),
                    new CatalogueMeasure("N2020-40", "矿山集中“治秃”", GUIZHOU),
                    new CatalogueMeasure("N2020-46", "生态农业融合发展机制", JIANGXI),
                    new CatalogueMeasure("N2020-50", "生态产业发展机制", GUIZHOU),
                    new CatalogueMeasure("N2020-68", "汀江-韩江流域跨省横向生态补偿机制", FUJIAN),
                    new CatalogueMeasure("N2020-69", "东江流域跨省横向生态补偿机制", JIANGXI),
                    new CatalogueMeasure("N2020-57", "福林贷", FUJIAN)),
            0.85,
            0.6);

    @Test
    void toleratesADroppedCharacterInAPartAdoption() {
        MeasureMatcher.Match match = matcher.match("“共商共管共建共享的国家公园体制”中关于省—市—县—乡—村级联动工作推进机制的相关举措", FUJIAN);
        assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
        assertThat(match.links()).extracting(Candidate::measureId).containsExactly("N2020-07");
        assertThat(match.links().get(0).score()).isBetween(0.9, 1.0);
        assertThat(match.adoptedPart()).isEqualTo("关于省—市—县—乡—村级联动工作推进机制的相关举措");
    }

    @Test
    void doesNotMistakeAMiddleCharacterForThePartMarker() {
        MeasureMatcher.Match whole = matcher.match("“上截、中蓄、下排”的海绵城市建设机制", JIANGXI);
        assertThat(whole.links()).extracting(Candidate::measureId).containsExactly("N2020-10");
        assertThat(whole.adoptedPart()).isNull();
        MeasureMatcher.Match mine = matcher.match("矿山集中“治秃”中的将绿色理念贯穿于矿产资源规划", GUIZHOU);
        assertThat(mine.links()).extracting(Candidate::measureId).containsExactly("N2020-40");
        assertThat(mine.adoptedPart()).startsWith("的将绿色理念");
    }

    @Test
    void linksBothMeasuresOfACombinedRow() {
        MeasureMatcher.Match match = matcher.match("生态农业融合发展机制及生态产业发展机制", Set.of("360000", "520000"));
        assertThat(match.verdict()).isEqualTo(Verdict.MATCHED);
        assertThat(match.links()).extracting(Candidate::measureId).containsExactly("N2020-46", "N2020-50");
    }

    @Test
    void reportsAnAmbiguousNameAsUncertainWithItsCandidates() {
        MeasureMatcher.Match match = matcher.match("流域跨省横向生态补偿机制", Set.of());
        assertThat(match.verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(match.links()).isEmpty();
        assertThat(match.candidates()).extracting(Candidate::measureId).contains("N2020-68", "N2020-69");
    }

    @Test
    void rejectsANameNothingResembles() {
        MeasureMatcher.Match match = matcher.match("无人机森林防火巡护制度", FUJIAN);
        assertThat(match.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(match.candidates()).isNotEmpty();
    }

    @Test
    void measuresSimilarityOnLettersOnly() {
        assertThat(MeasureMatcher.normalise("“福林贷” 2号")).isEqualTo("福林贷2号");
        assertThat(MeasureMatcher.longestCommonSubsequence("生态敏感区域基础设施建设价服从生态机制", "生态敏感区域基础设施建设造价服从生态机制"))
                .isEqualTo(19);
    }
}
