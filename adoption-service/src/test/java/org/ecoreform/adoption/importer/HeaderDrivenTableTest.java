package org.ecoreform.adoption.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoreform.platform.tables.TableReader;
import org.ecoreform.platform.tables.TableRow;
import org.ecoreform.platform.tables.UnreadableTableException;
import org.junit.jupiter.api.Test;

/**
 * A province's table in another column order and wording, as tab-separated text, CSV and .xlsx: the
 * same rows come out as from Qinghai's own order.
 */
public class HeaderDrivenTableTest {

    private static final List<ParsedNotice.Row> QINGHAI = NoticeTableParser.parse(
                    ReferenceResources.read("reference/002_05979245d1a96796.txt"), "青发改生态〔2021〕106号")
            .rows()
            .subList(0, 12);
    /** 序号, 举措名称, 责任单位, 推广来源, 工作措施, 完成时限, 备注 — another province's order and words. */
    private static final List<String> HEADER = List.of("序号", "举措名称", "责任单位", "推广来源", "工作措施", "完成时限", "备注");

    /** Qinghai's first rows rewritten into {@link #HEADER}'s order, with a deadline per row. */
    public static List<List<String>> reorderedRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        String section = null;
        for (ParsedNotice.Row row : QINGHAI) {
            if (!row.section().equals(section)) {
                section = row.section();
                rows.add(List.of("一、" + section, "", "", "", "", "", ""));
            }
            rows.add(List.of(
                    String.valueOf(row.number()),
                    row.name(),
                    String.join("、", row.responsibleUnits()),
                    String.join("、", row.sourceProvinceNames()),
                    row.actions(),
                    deadline(row.number()),
                    "备注" + row.number()));
        }
        return rows;
    }

    public static String deadline(int number) {
        return switch (number % 3) {
            case 0 -> "2021年底前";
            case 1 -> "2022年6月底前";
            default -> "长期坚持";
        };
    }

    @Test
    void readsColumnsByTheirHeaderWhateverTheirOrder() {
        String text =
                reorderedRows().stream().map(cells -> String.join("\t", cells)).collect(Collectors.joining("\n"));
        assertSameRowsAsQinghai(NoticeTableParser.parseTable(TableReader.text(text)));
    }

    @Test
    void readsTheSameTableAsCsv() {
        String csv = reorderedRows().stream()
                .map(cells -> cells.stream()
                        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));
        ParsedNotice notice = NoticeTableParser.parseTable(TableReader.read(
                TableReader.Format.ofUpload(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)),
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)));
        assertSameRowsAsQinghai(notice);
    }

    @Test
    void readsTheSameTableAsAnXlsxWorkbook() throws IOException {
        byte[] workbook = xlsx(reorderedRows(), true);
        assertThat(TableReader.Format.ofUpload(workbook)).isEqualTo(TableReader.Format.XLSX);
        ParsedNotice notice = NoticeTableParser.parseTable(TableReader.read(TableReader.Format.XLSX, workbook));
        ParsedNotice.Row dated = notice.rows().get(notice.rows().size() - 1);
        assertThat(dated.deadline()).isEqualTo("2021-12-31");
        assertThat(dated.dueDates()).containsExactly(LocalDate.of(2021, 12, 31));
        assertSameRowsAsQinghai(new ParsedNotice(
                null, notice.rows().subList(0, notice.rows().size() - 1), notice.rejected(), notice.notes()));
    }

    @Test
    void aCsvCellMayHoldCommasQuotesAndLineBreaks() {
        List<TableRow> rows = TableReader.csv("名称,落实措施\r\n\"1. 甲,乙\",\"第一行\n第二行，“引号”\"\"\"\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).containsExactly("1. 甲,乙", "第一行\n第二行，“引号”\"");
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void aHeaderThatLacksColumnsSaysWhichWereFoundAndWhichAreMissing() {
        String text = "序号\t举措名称\t推广来源\n1\t福林贷\t福建省\n";
        assertThatThrownBy(() -> NoticeTableParser.parseTable(TableReader.text(text)))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessageContaining("names 序号, 名称, 来源 but not 落实措施, 责任单位");
        assertThatThrownBy(() -> NoticeTableParser.parseTable(TableReader.text("只是一段文字。\n没有表格。")))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessageContaining("no table header found");
    }

    @Test
    void headersAreComparedWithoutSpacesColonsAndRemarks() {
        assertThat(NoticeColumn.named("落 实 措 施")).contains(NoticeColumn.ACTIONS);
        assertThat(NoticeColumn.named("责任单位（部门）")).contains(NoticeColumn.UNITS);
        assertThat(NoticeColumn.named("牵头单位：")).contains(NoticeColumn.UNITS);
        assertThat(NoticeColumn.named("改革举措")).contains(NoticeColumn.NAME);
        assertThat(NoticeColumn.named("备注")).isEmpty();
    }

    @Test
    void deadlinesBecomeDatesWhereTheyNameOne() {
        assertThat(Deadlines.in("2021年底前")).containsExactly(LocalDate.of(2021, 12, 31));
        assertThat(Deadlines.in("2022年6月底前")).containsExactly(LocalDate.of(2022, 6, 30));
        assertThat(Deadlines.in("2022年2月")).containsExactly(LocalDate.of(2022, 2, 28));
        assertThat(Deadlines.in("2021年上半年")).containsExactly(LocalDate.of(2021, 6, 30));
        assertThat(Deadlines.in("2021年9月30日前；2022年底前"))
                .containsExactly(LocalDate.of(2021, 9, 30), LocalDate.of(2022, 12, 31));
        assertThat(Deadlines.in("2021-03-15")).containsExactly(LocalDate.of(2021, 3, 15));
        assertThat(Deadlines.in("长期坚持")).isEmpty();
        assertThat(Deadlines.in("2021年13月")).isEmpty();
        assertThat(Deadlines.in("12345")).isEmpty();
    }

    @Test
    void aBrokenWorkbookIsUnreadableNotAServerError() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> TableReader.read(TableReader.Format.XLSX, notAWorkbook))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> TableReader.read(TableReader.Format.CSV, new byte[] {(byte) 0xff, (byte) 0xfe, 'a'}))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessageContaining("UTF-8");
    }

    private static void assertSameRowsAsQinghai(ParsedNotice notice) {
        assertThat(notice.rejected()).isEmpty();
        assertThat(notice.rows()).hasSize(QINGHAI.size());
        for (int i = 0; i < QINGHAI.size(); i++) {
            ParsedNotice.Row expected = QINGHAI.get(i);
            ParsedNotice.Row actual = notice.rows().get(i);
            assertThat(actual.number()).isEqualTo(expected.number());
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.section()).isEqualTo(expected.section());
            assertThat(actual.actions()).isEqualTo(expected.actions());
            assertThat(actual.responsibleUnits()).isEqualTo(expected.responsibleUnits());
            assertThat(actual.sourceProvinceNames()).isEqualTo(expected.sourceProvinceNames());
            assertThat(actual.deadline()).isEqualTo(deadline(expected.number()));
            assertThat(actual.dueDates()).isEqualTo(Deadlines.in(deadline(expected.number())));
        }
        assertThat(notice.notes()).anySatisfy(note -> assertThat(note).contains("序号 → 序号", "举措名称 → 名称", "工作措施 → 落实措施"));
        assertThat(notice.notes()).contains("column 备注 is not read");
        assertThat(notice.notes()).anySatisfy(note -> assertThat(note).contains("长期坚持", "no milestone"));
    }

    /** A workbook as a province's office would save it; {@code withDateCell} adds a row whose deadline is a date cell. */
    public static byte[] xlsx(List<List<String>> rows, boolean withDateCell) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("推广清单");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            if (withDateCell) {
                // a deadline typed as a date: read back as 2021-12-31, which names that day
                Row extra = sheet.createRow(rows.size());
                extra.createCell(0).setCellValue(99);
                extra.createCell(1).setCellValue("附加测试行");
                extra.createCell(2).setCellValue("省林草局");
                extra.createCell(4).setCellValue("测试日期单元格。");
                var cell = extra.createCell(5);
                cell.setCellValue(LocalDate.of(2021, 12, 31));
                cell.setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
