package org.ecoreform.adoption.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The codelist against the names Qinghai's notice writes. */
class ResponsibleUnitsTest {

    private static final ResponsibleUnits UNITS = ResponsibleUnits.shipped();
    private static final ParsedNotice QINGHAI =
            NoticeTableParser.parse(ReferenceResources.read("reference/002_05979245d1a96796.txt"), "青发改生态〔2021〕106号");

    @Test
    void everyNameTheNoticeWritesResolves() {
        Set<String> written = QINGHAI.rows().stream()
                .flatMap(r -> r.responsibleUnits().stream())
                .collect(Collectors.toSet());
        assertThat(written).hasSize(24);
        assertThat(written)
                .allSatisfy(
                        name -> assertThat(UNITS.read(name).resolved()).as(name).isTrue());
        // 24 spellings, 22 units: two spellings of the housing department, the commission "and others"
        assertThat(written.stream().map(name -> UNITS.read(name).unit().id()).distinct())
                .hasSize(22);
    }

    @Test
    void aliasesAndOthersAndUnknownNames() {
        assertThat(UNITS.read("省住房城乡建设厅").unit())
                .isEqualTo(UNITS.read("省住房和城乡建设厅").unit());
        ResponsibleUnits.Reading others = UNITS.read("省发展改革委 等相关单位");
        assertThat(others.unit().id()).isEqualTo("development-reform");
        assertThat(others.andOthers()).isTrue();
        assertThat(UNITS.read("省发展改革委").andOthers()).isFalse();
        assertThat(UNITS.read("人行拉萨中心支行").resolved()).isFalse();
        assertThat(UNITS.idFor("housing-construction")).contains("housing-construction");
        assertThat(UNITS.idFor("省林草局")).contains("forestry-grassland");
        assertThat(UNITS.idFor("省不存在厅")).isEmpty();
        assertThat(UNITS.all()).extracting(ResponsibleUnits.Unit::id).doesNotHaveDuplicates();
        assertThat(UNITS.readAll(List.of("省林草局", "人行西宁中心支行")))
                .extracting(r -> r.unit().id())
                .containsExactly("forestry-grassland", "pboc-xining");
    }

    @Test
    void nationalBodiesBranchesHaveTheirProvincesNamesAndGroupsStayGroups() {
        ResponsibleUnits.Unit pboc = UNITS.read("人行西宁中心支行").unit();
        assertThat(pboc.nameZh()).isEqualTo("中国人民银行西宁中心支行");
        assertThat(pboc.kind()).isEqualTo(ResponsibleUnits.BRANCH);
        assertThat(pboc.province()).isEqualTo("630000");
        // another province's sub-branch is another unit, not the same template
        assertThat(UNITS.read("人行贵阳中心支行").unit().id()).isEqualTo("pboc-guiyang");
        ResponsibleUnits.Unit regulator = UNITS.read("青海银保监局").unit();
        assertThat(regulator.kind()).isEqualTo(ResponsibleUnits.BRANCH);
        assertThat(regulator.nameZh()).isEqualTo("中国银保监会青海监管局");
        assertThat(UNITS.read("省生态环境损害赔偿制度改革工作领导小组成员单位").unit().kind()).isEqualTo(ResponsibleUnits.GROUP);
        assertThat(UNITS.read("省林草局").unit().kind()).isEqualTo(ResponsibleUnits.DEPARTMENT);
        assertThat(UNITS.read("省林草局").unit().province()).isNull();
    }

    @Test
    void aUnitLeadsOnlyWhereThePlanMarksIt() {
        assertThat(UNITS.read("省林草局").lead()).isFalse();
        for (String marked : List.of("省林草局（牵头）", "省林草局(牵头)", "省林草局牵头", "牵头单位：省林草局")) {
            ResponsibleUnits.Reading reading = UNITS.read(marked);
            assertThat(reading.lead()).as(marked).isTrue();
            assertThat(reading.unit().id()).as(marked).isEqualTo("forestry-grassland");
            assertThat(reading.written()).isEqualTo(marked);
        }
        // Qinghai's notice marks no unit as leading
        assertThat(QINGHAI.rows().stream().flatMap(r -> r.responsibleUnits().stream()))
                .noneMatch(name -> UNITS.read(name).lead());
    }
}
