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
                .containsExactly("forestry-grassland", "pboc-branch");
    }
}
