package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoreform.gateway.GatewayTesting;
import org.ecoreform.gateway.proxy.ProgressWorkbooks;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The year-end workbook the gateway puts together from two services' sheets, and takes back split
 * between them. The records are Xinjiang's (650000: a plan this class imports; no other class
 * writes there); the plan task is the last of Guizhou's list no completion has reached.
 */
@QuarkusTest
class YearEndWorkbookTest {

    private static final String XINJIANG = "650000";
    private static final String PLAN = "650000-2021-8";
    private static final String ADMIN = Tokens.withRoles("year-end-admin", Roles.ADMIN);

    @BeforeEach
    void xinjiangsPlanStored() {
        GatewayTesting.awaitReferenceViews();
        if (given().get("/api/v1/plans/" + PLAN).statusCode() == 404) {
            given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .queryParam("commit", "true")
                    .body(Map.of(
                            "plan",
                            Map.of(
                                    "province", XINJIANG,
                                    "issuingBody", "新疆维吾尔自治区发展和改革委员会",
                                    "documentNumber", "新发改环资〔2021〕8号",
                                    "issuedOn", "2021-05-20",
                                    "title", "关于推广国家生态文明试验区改革举措的通知"),
                            "text",
                            String.join(
                                    "\n", "名称\t来源\t落实措施\t责任单位", "九、绿色金融\t\t\t", "1. 福林贷\t福建省\t推广林农小额信用贷款。\t自治区林草局")))
                    .post("/api/v1/imports")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void theWorkbookHoldsBothSheetsAndAnUploadIsReportedAndStoredByEachSheetsService() throws Exception {
        byte[] xinjiang = download(XINJIANG);
        String task;
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xinjiang));
                Workbook guizhou = new XSSFWorkbook(new ByteArrayInputStream(download("520000")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1)))
                    .containsExactly(ProgressWorkbooks.RECORDS_SHEET, ProgressWorkbooks.TASKS_SHEET);
            Sheet records = workbook.getSheet(ProgressWorkbooks.RECORDS_SHEET);
            Map<String, Integer> recordColumns = columns(records);
            assertThat(records.getLastRowNum()).isEqualTo(1);
            assertThat(text(records.getRow(1), recordColumns.get("记录编号"))).isEqualTo(PLAN + "-01");
            assertThat(workbook.getSheet(ProgressWorkbooks.TASKS_SHEET).getLastRowNum())
                    .as("Xinjiang has no pilot plan")
                    .isZero();
            Sheet guizhouTasks = guizhou.getSheet(ProgressWorkbooks.TASKS_SHEET);
            Map<String, Integer> taskColumns = columns(guizhouTasks);
            assertThat(guizhouTasks.getLastRowNum())
                    .isEqualTo(given().get("/api/v1/plan-tasks?province=520000&count=true")
                            .then()
                            .extract()
                            .<Integer>path("total"));
            int open = guizhouTasks.getLastRowNum();
            while (text(guizhouTasks.getRow(open), taskColumns.get("现状")).equals("done")) {
                open--;
            }
            task = text(guizhouTasks.getRow(open), taskColumns.get("任务编号"));

            // the records' row effective in the future (refused), Guizhou's task done (accepted)
            Row record = records.getRow(1);
            record.createCell(recordColumns.get("新状态")).setCellValue("in-progress");
            record.createCell(recordColumns.get("生效日期"))
                    .setCellValue(LocalDate.now(ZoneId.of("Asia/Shanghai"))
                            .plusDays(10)
                            .toString());
            record.createCell(recordColumns.get("进展说明")).setCellValue("计划下月启动。");
            Row taskRow = workbook.getSheet(ProgressWorkbooks.TASKS_SHEET).createRow(1);
            taskRow.createCell(taskColumns.get("任务编号")).setCellValue(task);
            taskRow.createCell(taskColumns.get("完成日期")).setCellValue("2019-06-30");
            taskRow.createCell(taskColumns.get("完成情况")).setCellValue("省政府印发实施办法。");
            workbook.write(out);
            filled = out.toByteArray();
        }

        JsonPath preview =
                upload(filled, null, null).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("committed")).isFalse();
        assertThat(preview.getMap("summary"))
                .containsEntry("rows", 2)
                .containsEntry("accepted", 1)
                .containsEntry("refused", 1)
                .containsEntry("stored", 0);
        assertThat(preview.getList("rows.sheet"))
                .containsExactly(ProgressWorkbooks.RECORDS_SHEET, ProgressWorkbooks.TASKS_SHEET);
        assertThat(preview.getString("rows[0].record")).isEqualTo(PLAN + "-01");
        assertThat(preview.getString("rows[0].column")).isEqualTo("生效日期 effective on");
        assertThat(preview.getString("rows[1].task")).isEqualTo(task);
        assertThat(preview.getString("rows[1].verdict")).isEqualTo("accepted");

        Response committed = upload(filled, "true", "xinjiang-year-end");
        committed.then().statusCode(200).header("Idempotent-Replayed", "false");
        assertThat(committed.jsonPath().getInt("summary.stored")).isEqualTo(1);
        given().get("/api/v1/plan-tasks/" + task)
                .then()
                .body("completion.on", equalTo("2019-06-30"))
                .body("completion.by", equalTo("year-end-admin"));
        given().get("/api/v1/adoptions/" + PLAN + "-01").then().body("status", equalTo("planned"));
        upload(filled, "true", "xinjiang-year-end")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("summary.stored", equalTo(1));
        upload(filled, "true", "xinjiang-year-end-again").then().statusCode(200).body("summary.stored", equalTo(0));
    }

    @Test
    void aCsvGoesToTheServiceOfItsHeaderAndAServicesRefusalIsRelayed() {
        String taskHeader = "任务编号 task,完成日期 done on,完成情况 what was done\nno-such-task,2019-01-01,x\n";
        upload(taskHeader.getBytes(StandardCharsets.UTF_8), null, null)
                .then()
                .statusCode(200)
                .body("rows[0].sheet", equalTo(ProgressWorkbooks.TASKS_SHEET))
                .body("rows[0].verdict", equalTo("refused"))
                .body("rows[0].column", equalTo("任务编号 task"));
        upload("名称,来源\n".getBytes(StandardCharsets.UTF_8), null, null).then().spec(ProblemSpecs.problem(422));
        upload(new byte[] {1, 2, 3}, "true", null).then().spec(ProblemSpecs.problem(422));
        given().get("/api/v1/provinces/6500/progress-workbook").then().spec(ProblemSpecs.problem(400));
        given().multiPart("file", "x.csv", "a".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/progress-imports")
                .then()
                .spec(ProblemSpecs.problem(401));
    }

    private static byte[] download(String province) {
        return given().get("/api/v1/provinces/" + province + "/progress-workbook")
                .then()
                .statusCode(200)
                .contentType(ProgressWorkbookResource.XLSX)
                .extract()
                .asByteArray();
    }

    /** The first word of each header (its Chinese name) → its column. */
    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue().split(" ")[0], cell.getColumnIndex()));
        return columns;
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    private static Response upload(byte[] file, String commit, String key) {
        var request = given().auth().oauth2(ADMIN).multiPart("file", "year-end.xlsx", file, "application/octet-stream");
        if (commit != null) {
            request.queryParam("commit", commit);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/progress-imports");
    }
}
