package org.ecoreform.platform.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookSheetsTest {

    enum Progress implements HeadedColumn {
        RECORD("记录编号 record"),
        NARRATIVE("进展说明 narrative");

        private final String header;

        Progress(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    enum Task implements HeadedColumn {
        TASK("任务编号 task"),
        DONE_ON("完成日期 done on");

        private final String header;

        Task(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    private static <C extends Enum<C> & HeadedColumn> byte[] workbook(String name, Class<C> columns, String... row)
            throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = HeadedSheet.create(workbook, name, columns, c -> 20);
            var cells = sheet.createRow(1);
            for (int i = 0; i < row.length; i++) {
                cells.createCell(i).setCellValue(row[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void appendedSheetsAreReadByTheirNameAndTheFirstStaysFirst() throws Exception {
        byte[] combined = WorkbookSheets.append(
                workbook("进展 progress", Progress.class, "630000-2021-106-1", "已印发。"),
                workbook("方案任务 plan tasks", Task.class, "520000-2017-1-3", "2019-12-31"));

        assertThat(WorkbookSheets.names(combined)).containsExactly("进展 progress", "方案任务 plan tasks");
        List<HeadedSheet.Filled<Task>> tasks =
                HeadedSheet.read(combined, "方案任务 plan tasks", Task.class, List.of(Task.TASK), "get it again");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).line()).isEqualTo(2);
        assertThat(tasks.get(0).get(Task.DONE_ON)).isEqualTo("2019-12-31");
        List<HeadedSheet.Filled<Progress>> progress =
                HeadedSheet.read(combined, null, Progress.class, List.of(Progress.RECORD), "get it again");
        assertThat(progress.get(0).get(Progress.NARRATIVE)).isEqualTo("已印发。");
    }

    @Test
    void aHeaderWithoutANeededColumnNamesItAndWhereToGetTheFile() {
        byte[] csv = "任务编号 task,备注\n520000-2017-1-3,x\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HeadedSheet.read(csv, null, Task.class, List.of(Task.TASK, Task.DONE_ON), "GET /x"))
                .isInstanceOf(UnreadableTableException.class)
                .hasMessage("the header lacks the columns [完成日期 done on]; GET /x");
        assertThatThrownBy(() -> WorkbookSheets.names(csv)).isInstanceOf(UnreadableTableException.class);
    }
}
