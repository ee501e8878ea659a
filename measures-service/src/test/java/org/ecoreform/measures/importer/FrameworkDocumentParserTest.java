package org.ecoreform.measures.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkDocumentParserTest {

    private static final String FILE = "003_3ace114568b9b4df.txt";
    private static final ParsedFramework FRAMEWORK = FrameworkDocumentParser.parse(
            ReferenceTable.readResource("reference/" + FILE), FILE, FrameworkDocumentParser.systemNamesEn());

    @Test
    void findsTenSectionsEightSystemsAndFiftySixArticles() {
        assertThat(FRAMEWORK.id()).isEqualTo("F2015");
        assertThat(FRAMEWORK.title()).isEqualTo("生态文明体制改革总体方案");
        assertThat(FRAMEWORK.sections()).hasSize(10);
        assertThat(FRAMEWORK.systems())
                .extracting(ParsedFramework.Section::systemId)
                .containsExactly(
                        "F2015-S1", "F2015-S2", "F2015-S3", "F2015-S4", "F2015-S5", "F2015-S6", "F2015-S7", "F2015-S8");
        assertThat(FRAMEWORK.articles()).hasSize(56);
        assertThat(FRAMEWORK.articles())
                .extracting(ParsedFramework.Article::number)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 56).boxed().toList());
    }

    @Test
    void systemsAreSectionsTwoToNineWithBothNames() {
        ParsedFramework.Section first = FRAMEWORK.systems().get(0);
        assertThat(first.numeral()).isEqualTo("二");
        assertThat(first.heading()).isEqualTo("健全自然资源资产产权制度");
        assertThat(first.systemNameEn()).isEqualTo("Improve the system of property rights for natural resource assets");
        assertThat(first.line()).isEqualTo(57);
        ParsedFramework.Section last = FRAMEWORK.systems().get(7);
        assertThat(last.numeral()).isEqualTo("九");
        assertThat(last.heading()).isEqualTo("完善生态文明绩效评价考核和责任追究制度");
        assertThat(FRAMEWORK.sections().get(0).systemId()).isNull();
        assertThat(FRAMEWORK.sections().get(9).heading()).isEqualTo("生态文明体制改革的实施保障");
        assertThat(FRAMEWORK.sections().get(9).systemId()).isNull();
    }

    @Test
    void articlesCarryTheirHeadingTextSectionSystemAndLine() {
        ParsedFramework.Article five = FRAMEWORK.articles().get(4);
        assertThat(five.id()).isEqualTo("F2015-A05");
        assertThat(five.heading()).isEqualTo("建立统一的确权登记系统");
        assertThat(five.text()).startsWith("建立统一的确权登记系统。坚持资源公有、物权法定");
        assertThat(five.section()).isEqualTo(2);
        assertThat(five.systemId()).isEqualTo("F2015-S1");
        assertThat(five.line()).isEqualTo(59);
        // a heading on a line of its own, the text on the lines after it
        ParsedFramework.Article two = FRAMEWORK.articles().get(1);
        assertThat(two.heading()).isEqualTo("生态文明体制改革的理念");
        assertThat(two.text().lines().count()).isGreaterThan(1);
        assertThat(two.systemId()).isNull();
        ParsedFramework.Article thirtyTwo = FRAMEWORK.articles().get(31);
        assertThat(thirtyTwo.id()).isEqualTo("F2015-A32");
        assertThat(thirtyTwo.heading()).isEqualTo("完善生态补偿机制");
        assertThat(thirtyTwo.systemId()).isEqualTo("F2015-S5");
        ParsedFramework.Article last = FRAMEWORK.articles().get(55);
        assertThat(last.heading()).isEqualTo("加强督促落实");
        assertThat(last.section()).isEqualTo(10);
        assertThat(last.systemId()).isNull();
        assertThat(FRAMEWORK.articles()).filteredOn(a -> a.systemId() != null).hasSize(47);
    }

    @Test
    void chineseNumeralsUpToNinetyNine() {
        assertThat(ChineseNumerals.parse("九")).isEqualTo(9);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("十一")).isEqualTo(11);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("五十六")).isEqualTo(56);
        assertThatThrownBy(() -> ChineseNumerals.parse("十十")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingArticleIsAFormatError() {
        String broken = "方案\n一、总则\n（一）第一条。\n（三）第三条。\n";
        assertThatThrownBy(() -> FrameworkDocumentParser.parse(broken, "x.txt", Map.of()))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("out of order");
    }
}
