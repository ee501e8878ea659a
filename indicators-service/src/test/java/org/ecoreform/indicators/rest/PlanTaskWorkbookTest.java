package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoreform.indicators.importer.PlanTaskSheet;
import org.ecoreform.indicators.importer.PlanTaskSheet.Column;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The plan tasks' sheet of Guizhou's year-end workbook: downloaded, three tasks filled in with a
 * spreadsheet library (one done "in the future"), a preview, a commit, the same file again. The
 * tasks are the last three of the sheet that no completion has reached (other classes complete
 * Guizhou's first tasks).
 */
@QuarkusTest
class PlanTaskWorkbookTest {

    private static final String GUIZHOU = "520000";
    private static final String EDITOR = Tokens.provinceEditor("guizhou-year-end", GUIZHOU);

    @Test
    void theSheetIsPreviewedRowByRowThenCommittedOnceAndOnlyOnce() throws Exception {
        byte[] downloaded = given().get("/api/v1/provinces/" + GUIZHOU + "/plan-task-workbook")
                .then()
                .statusCode(200)
                .contentType(PlanTaskWorkbookResource.XLSX)
                .extract()
                .asByteArray();
        LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        List<String> chosen = new ArrayList<>();
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(PlanTaskSheet.SHEET);
            assertThat(sheet).as("the sheet by its name").isNotNull();
            assertThat(sheet.getRow(0).getCell(Column.TASK.ordinal()).getStringCellValue())
                    .isEqualTo(Column.TASK.header());
            int listed = sheet.getLastRowNum();
            assertThat(listed)
                    .isEqualTo(given().queryParam("province", GUIZHOU)
                            .queryParam("count", "true")
                            .get("/api/v1/plan-tasks")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("total"));
            List<Row> open = new ArrayList<>();
            for (int r = listed; r >= 1 && open.size() < 3; r--) {
                if (!cell(sheet.getRow(r), Column.STATUS).equals("done")) {
                    open.add(sheet.getRow(r));
                }
            }
            open.forEach(row -> chosen.add(cell(row, Column.TASK)));
            fill(open.get(0), "2019-12-31", "省统计局发布生态文明建设年度评价结果。", "黔统发〔2019〕40号");
            fill(open.get(1), future.toString(), "计划下月完成。", null);
            fill(open.get(2), "2020-06-30", "省政府印发实施方案。", null);
            workbook.write(out);
            filled = out.toByteArray();
        }

        JsonPath preview =
                upload(filled, null, null).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("committed")).isFalse();
        assertThat(preview.getInt("summary.accepted")).isEqualTo(2);
        assertThat(preview.getInt("summary.refused")).isEqualTo(1);
        assertThat(preview.getInt("summary.stored")).isZero();
        assertThat(preview.getInt("summary.rows"))
                .isEqualTo(preview.getList("rows").size())
                .isEqualTo(preview.getInt("summary.accepted")
                        + preview.getInt("summary.unchanged")
                        + preview.getInt("summary.refused"));
        assertThat(preview.getString("rows.find { it.verdict == 'refused' }.task"))
                .isEqualTo(chosen.get(1));
        assertThat(preview.getString("rows.find { it.verdict == 'refused' }.column"))
                .isEqualTo(Column.DONE_ON.header());
        assertThat(preview.getString("rows.find { it.verdict == 'refused' }.reason"))
                .contains("is after today");
        given().get("/api/v1/plan-tasks/" + chosen.get(0)).then().body("completion", nullValue());

        Response committed = upload(filled, "true", "guizhou-year-end");
        committed.then().statusCode(200).header("Idempotent-Replayed", "false");
        assertThat(committed.jsonPath().getInt("summary.stored")).isEqualTo(2);
        given().get("/api/v1/plan-tasks/" + chosen.get(0))
                .then()
                .body("status", equalTo("done"))
                .body("completion.on", equalTo("2019-12-31"))
                .body("completion.documentNumber", equalTo("黔统发〔2019〕40号"))
                .body("completion.by", equalTo("guizhou-year-end"));
        given().get("/api/v1/plan-tasks/" + chosen.get(1)).then().body("completion", nullValue());
        given().get("/api/v1/plan-tasks/" + chosen.get(2)).then().body("completion.on", equalTo("2020-06-30"));

        upload(filled, "true", "guizhou-year-end")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("summary.stored", equalTo(2));
        JsonPath again = upload(filled, "true", "guizhou-year-end-again")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(again.getInt("summary.accepted")).isZero();
        assertThat(again.getInt("summary.refused")).isEqualTo(1);
        assertThat(again.getInt("summary.stored")).isZero();
    }

    @Test
    void theSheetsColumnsAsCsvAndAnotherProvincesTaskAreRefusedByColumn() {
        String jiangxiTask = given().get("/api/v1/plan-tasks?province=360000&limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String csv = String.join(
                "\n",
                Column.TASK.header() + "," + Column.DONE_ON.header() + "," + Column.NARRATIVE.header() + ","
                        + Column.URL.header(),
                jiangxiTask + ",2019-01-01,越权填报。,",
                "no-such-task,2019-01-01,不存在。,",
                jiangxiTask + ",2019-13-01,日期不对。,",
                ",,,");
        JsonPath report = upload(csv.getBytes(StandardCharsets.UTF_8), null, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("rows.verdict")).containsExactly("refused", "refused", "refused");
        assertThat(report.getList("rows.column"))
                .containsExactly(Column.TASK.header(), Column.TASK.header(), Column.DONE_ON.header());
        assertThat(report.getString("rows[2].reason")).isEqualTo("must be a day written yyyy-mm-dd");
        given().auth()
                .oauth2(EDITOR)
                .multiPart("file", "tasks.csv", "名称,来源\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/plan-task-imports")
                .then()
                .statusCode(422);
    }

    private static String cell(Row row, Column column) {
        return row.getCell(column.ordinal()) == null
                ? ""
                : row.getCell(column.ordinal()).getStringCellValue();
    }

    private static void fill(Row row, String on, String narrative, String documentNumber) {
        row.createCell(Column.DONE_ON.ordinal()).setCellValue(on);
        row.createCell(Column.NARRATIVE.ordinal()).setCellValue(narrative);
        if (documentNumber != null) {
            row.createCell(Column.DOCUMENT_NUMBER.ordinal()).setCellValue(documentNumber);
        }
    }

    private static Response upload(byte[] file, String commit, String key) {
        var request =
                given().auth().oauth2(EDITOR).multiPart("file", "plan-tasks.xlsx", file, PlanTaskWorkbookResource.XLSX);
        if (commit != null) {
            request.queryParam("commit", commit);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/plan-task-imports");
    }
}
