package org.ecoreform.measures.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueDocumentParserTest {

    private static final String FILE = "000_7b19ea8164b41faf.txt";
    private static final String TEXT = ReferenceTable.readResource("reference/" + FILE);

    private final ParsedCatalogue parsed = CatalogueDocumentParser.parse(TEXT, FILE);

    @Test
    void readsTheNoticeHeader() {
        assertThat(parsed.list())
                .isEqualTo(new ParsedCatalogue.ListHeader(
                        "N2020",
                        "发改环资〔2020〕1793号",
                        "国家生态文明试验区改革举措和经验做法推广清单",
                        "国家发展改革委",
                        LocalDate.of(2020, 11, 25),
                        FILE));
    }

    @Test
    void findsFourteenCategoriesWithTheirMeasureCounts() {
        assertThat(parsed.categories())
                .extracting(ParsedCatalogue.CategoryRow::id)
                .containsExactly(
                        "C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12", "C13",
                        "C14");
        assertThat(parsed.categories().get(8).nameZh()).isEqualTo("绿色金融");
        Map<String, Long> perCategory = parsed.measures().stream()
                .collect(Collectors.groupingBy(ParsedCatalogue.MeasureRow::categoryId, Collectors.counting()));
        List<Long> counts =
                parsed.categories().stream().map(c -> perCategory.get(c.id())).toList();
        assertThat(counts).containsExactly(6L, 6L, 7L, 3L, 7L, 5L, 9L, 13L, 9L, 6L, 5L, 8L, 3L, 3L);
    }

    @Test
    void numbersNinetyMeasuresInOrderWithoutTheRepeatedHeaderRows() {
        assertThat(parsed.measures()).hasSize(90);
        assertThat(parsed.measures())
                .extracting(ParsedCatalogue.MeasureRow::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 90).boxed().toList());
        assertThat(parsed.measures()).noneMatch(m -> m.name().startsWith("名称"));
    }

    @Test
    void keepsEveryFieldOfAMeasure() {
        ParsedCatalogue.MeasureRow linPiao = parsed.measures().get(2);
        assertThat(linPiao.id("N2020")).isEqualTo("N2020-03");
        assertThat(linPiao.name()).isEqualTo("“林票”制度");
        assertThat(linPiao.categoryId()).isEqualTo("C01");
        assertThat(linPiao.content()).startsWith("三明市鼓励引导国有林业企事业单位").endsWith("推进林业适度规模经营。");
        assertThat(linPiao.sourceProvinceNames()).containsExactly("福建省");
        assertThat(linPiao.departmentNames()).containsExactly("国家林草局");
        assertThat(TEXT.lines().toList().get(linPiao.line() - 1)).startsWith("3. “林票”制度\t");

        ParsedCatalogue.MeasureRow riverJustice = parsed.measures().get(23);
        assertThat(riverJustice.name()).isEqualTo("河湖长制+河湖司法协作机制");
        assertThat(riverJustice.departmentNames())
                .hasSize(8)
                .startsWith("水利部", "公安部")
                .endsWith("生态环境部");
    }

    @Test
    void resolvesNamesToCodesMergingDepartmentAliases() {
        ResolvedCatalogue resolved = ResolvedCatalogue.resolve(parsed, Codelists.load());
        Map<String, ResolvedCatalogue.Measure> byId =
                resolved.measures().stream().collect(Collectors.toMap(ResolvedCatalogue.Measure::id, m -> m));
        // 住房和城乡建设部 (measure 10) and 住房城乡建设部 (measure 20) are one department
        assertThat(byId.get("N2020-10").departmentIds()).containsExactly("mohurd");
        assertThat(byId.get("N2020-20").departmentIds()).containsExactly("mohurd", "ndrc");
        // "贵州省 江西省" and "江西省 贵州省" give the same canonical order
        assertThat(byId.get("N2020-21").sourceProvinceCodes()).containsExactly("360000", "520000");
        assertThat(byId.get("N2020-41").sourceProvinceCodes()).containsExactly("360000", "520000");
        assertThat(byId.get("N2020-82").sourceProvinceCodes()).containsExactly("350000", "360000", "460000", "520000");
        assertThat(resolved.pilotProvinceCodes()).containsExactlyInAnyOrder("350000", "360000", "460000", "520000");
        assertThat(resolved.categories().get(8).nameEn()).isEqualTo("Green finance");
        long mohurd = resolved.measures().stream()
                .filter(m -> m.departmentIds().contains("mohurd"))
                .count();
        assertThat(mohurd).isEqualTo(13);
    }

    @Test
    void reportsEveryNameItCannotResolve() {
        String broken = TEXT.replace("\t福建省\t国家林草局\n", "\t台北省\t国家林草局、宇宙部\n");
        ParsedCatalogue withUnknowns = CatalogueDocumentParser.parse(broken, FILE);
        assertThatThrownBy(() -> ResolvedCatalogue.resolve(withUnknowns, Codelists.load()))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("unknown province 台北省")
                .hasMessageContaining("unknown department 宇宙部");
    }

    @Test
    void rejectsAMeasureOutOfSequence() {
        String skipped = TEXT.replace("4. 森林资源运营平台", "5. 森林资源运营平台");
        assertThatThrownBy(() -> CatalogueDocumentParser.parse(skipped, FILE))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("measure 5 where 4 was expected");
    }

    @Test
    void rejectsARowWithAMissingColumn() {
        String truncated = TEXT.replace("\t福建省\t国家林草局\n", "\t福建省\n");
        assertThatThrownBy(() -> CatalogueDocumentParser.parse(truncated, FILE))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("four non-empty columns");
    }

    @Test
    void readsChineseNumeralsOfCategoryHeadings() {
        assertThat(CatalogueDocumentParser.chineseNumeral("九")).isEqualTo(9);
        assertThat(CatalogueDocumentParser.chineseNumeral("十")).isEqualTo(10);
        assertThat(CatalogueDocumentParser.chineseNumeral("十四")).isEqualTo(14);
        assertThat(CatalogueDocumentParser.chineseNumeral("二十一")).isEqualTo(21);
    }
}
