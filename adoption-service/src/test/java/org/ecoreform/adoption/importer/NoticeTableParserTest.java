package org.ecoreform.adoption.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTableParserTest {

    private static final String GAZETTE = ReferenceResources.read("reference/002_05979245d1a96796.txt");
    private final ParsedNotice qinghai = NoticeTableParser.parse(GAZETTE, "青发改生态〔2021〕106号");

    @Test
    void findsTheLastDocumentOfTheGazetteWithItsHeader() {
        assertThat(qinghai.header())
                .isEqualTo(new ParsedNotice.Header(
                        "青发改生态〔2021〕106号",
                        "关于印发青海省贯彻落实《国家生态文明试验区改革举措和经验做法推广清单》的通知",
                        "青海省发展和改革委员会",
                        LocalDate.of(2021, 2, 25)));
    }

    @Test
    void readsFiftyTwoRowsAcrossRepeatedHeaderRows() {
        assertThat(qinghai.rows()).hasSize(52);
        assertThat(qinghai.rejected()).isEmpty();
        assertThat(qinghai.rows())
                .extracting(ParsedNotice.Row::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 52).boxed().toList());
    }

    @Test
    void leavesNoHtmlInAnyField() {
        assertThat(qinghai.rows()).allSatisfy(row -> {
            assertThat(row.name()).doesNotContain("<", ">");
            assertThat(row.actions()).doesNotContain("<p>", "</p>", "<", "&nbsp;");
            assertThat(row.responsibleUnits())
                    .allSatisfy(unit -> assertThat(unit).doesNotContain("<"));
        });
        assertThat(qinghai.rows().get(8).actions()).startsWith("运用大数据开展生态环境管理。");
    }

    @Test
    void splitsSourcesAndResponsibleUnits() {
        ParsedNotice.Row combined = qinghai.rows().get(26);
        assertThat(combined.name()).isEqualTo("生态农业融合发展机制及生态产业发展机制");
        assertThat(combined.sourceProvinceNames()).containsExactly("江西省", "贵州省");
        assertThat(combined.section()).isEqualTo("绿色低碳发展");
        ParsedNotice.Row bigData = qinghai.rows().get(8);
        assertThat(bigData.responsibleUnits()).containsExactly("省生态环境厅", "省林草局", "省市场监管局");
        assertThat(qinghai.rows().get(51).name()).isEqualTo("数字化精准支撑自然资源资产离任审计");
    }

    @Test
    void reportsRowsItCannotRead() {
        String text = "名称\t来源\t落实措施\t责任单位\n一、绿色金融\t\t\t\n1. 福林贷\t福建省\t推广。\t省林草局\n"
                + "2. 缺列的行\t福建省\n就这样一句话\n3. 空措施\t福建省\t\t省林草局\n";
        ParsedNotice notice = NoticeTableParser.parse(text);
        assertThat(notice.rows()).extracting(ParsedNotice.Row::name).containsExactly("福林贷");
        assertThat(notice.rejected()).extracting(ParsedNotice.RejectedRow::line).containsExactly(4, 5, 6);
        assertThat(notice.rejected().get(0).reason()).contains("expected 4 columns");
    }

    @Test
    void cleansStrayHtml() {
        assertThat(HtmlText.clean("<p>建立&nbsp;机制</p>  <br/>完善")).isEqualTo("建立 机制 完善");
        assertThat(HtmlText.clean(null)).isEmpty();
        assertThat(List.of(HtmlText.clean("a < b"))).containsExactly("a < b");
    }
}
