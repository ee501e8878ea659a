package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.adoption.importer.ProgressSheet.Column;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A province's year-end round trip: the workbook downloaded, three rows filled in with a
 * spreadsheet library (one effective in the future), a preview, a commit, the same file again.
 * Jilin's plan is this class's own (no other test writes to 220000).
 */
@QuarkusTest
class ProgressWorkbookTest {

    private static final String JILIN = "220000";
    private static final String PLAN = "220000-2021-5";
    private static final String EDITOR = Tokens.provinceEditor("jilin-clerk", JILIN);
    private static final String NOTICE = String.join(
            "\n",
            "名称\t来源\t落实措施\t责任单位",
            "九、绿色金融\t\t\t",
            "1. “福林贷”中关于林农小额信用贷款的相关举措\t福建省\t推广林农小额信用贷款。\t省林草局",
            "2. 林业金融产品创新\t江西省\t建立林业金融服务平台。\t省林草局",
            "3. 林业金融风险综合防控机制\t福建省\t设立林权收储担保机构。\t省林草局",
            "4. 绿色资产证券化\t贵州省\t推动能源项目资产证券化。\t省发展改革委");

    @BeforeEach
    void jilinsPlanStored() {
        AdoptionTesting.awaitReferencePlan();
        AdoptionTesting.importOwnNotice(PLAN, JILIN, "吉林省发展和改革委员会", "吉发改〔2021〕5号", NOTICE, 4);
    }

    @Test
    void aFilledInWorkbookIsPreviewedRowByRowThenCommittedOnceAndOnlyOnce() throws Exception {
        byte[] downloaded = given().get("/api/v1/provinces/" + JILIN + "/progress-workbook")
                .then()
                .statusCode(200)
                .contentType(ProgressWorkbookResource.XLSX)
                .extract()
                .asByteArray();
        LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        byte[] filled;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(Column.RECORD.ordinal()).getStringCellValue())
                    .isEqualTo(Column.RECORD.header());
            assertThat(List.of(
                            cell(sheet, 1, Column.RECORD),
                            cell(sheet, 2, Column.RECORD),
                            cell(sheet, 3, Column.RECORD)))
                    .containsExactly(PLAN + "-01", PLAN + "-02", PLAN + "-03");
            assertThat(sheet.getLastRowNum()).isEqualTo(4); // the fourth row is left as it is
            assertThat(cell(sheet, 1, Column.STATUS)).isEqualTo("planned");
            fill(sheet.getRow(1), "in-progress", "2022-06-30", "省林草局印发林农小额信用贷款实施办法，首批放贷1.2亿元。");
            sheet.getRow(1).createCell(Column.EVIDENCE_1_NUMBER.ordinal()).setCellValue("吉林草〔2022〕18号");
            sheet.getRow(1).createCell(Column.EVIDENCE_1_TITLE.ordinal()).setCellValue("吉林省林农小额信用贷款实施办法");
            sheet.getRow(1)
                    .createCell(Column.EVIDENCE_1_URL.ordinal())
                    .setCellValue("https://lcj.jl.gov.cn/2022/18.html");
            fill(sheet.getRow(2), "in-progress", future.toString(), "计划下月建成林业金融服务平台。");
            fill(sheet.getRow(3), "in-progress", "2023-01-15", "在主要林区设立林权收储担保机构2家。");
            workbook.write(out);
            filled = out.toByteArray();
        }

        JsonPath preview =
                upload(filled, null, null).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("committed")).isFalse();
        assertThat(preview.getMap("summary"))
                .containsEntry("rows", 4)
                .containsEntry("accepted", 2)
                .containsEntry("unchanged", 1)
                .containsEntry("refused", 1)
                .containsEntry("stored", 0);
        assertThat(preview.getString("rows.find { it.line == 3 }.verdict")).isEqualTo("refused");
        assertThat(preview.getString("rows.find { it.line == 3 }.record")).isEqualTo(PLAN + "-02");
        assertThat(preview.getString("rows.find { it.line == 3 }.column")).isEqualTo(Column.EFFECTIVE_ON.header());
        assertThat(preview.getString("rows.find { it.line == 3 }.reason")).contains("is after today");
        given().get("/api/v1/adoptions/" + PLAN + "-01").then().body("status", equalTo("planned"));

        String before = java.time.Instant.now().minusMillis(1).toString();
        Response committed = upload(filled, "true", "jilin-2022-year-end");
        committed.then().statusCode(200).header("Idempotent-Replayed", "false");
        assertThat(committed.jsonPath().getMap("summary"))
                .containsEntry("accepted", 2)
                .containsEntry("stored", 2);
        given().get("/api/v1/adoptions/" + PLAN + "-01")
                .then()
                .body("status", equalTo("in-progress"))
                .body("statusSince", equalTo("2022-06-30"))
                .body("history[-1].evidence[0].documentNumber", equalTo("吉林草〔2022〕18号"));
        given().get("/api/v1/adoptions/" + PLAN + "-02").then().body("status", equalTo("planned"));
        given().get("/api/v1/adoptions/" + PLAN + "-03")
                .then()
                .body("status", equalTo("in-progress"))
                .body("statusSince", equalTo("2023-01-15"));

        // who did it: the office's editor, in the audit of what the province changed
        JsonPath audit = given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .queryParam("province", JILIN)
                .queryParam("since", before)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(audit.getList("items.aggregateId")).containsExactlyInAnyOrder(PLAN + "-01", PLAN + "-03");
        assertThat(audit.getList("items.actor")).containsOnly("jilin-clerk");

        // the same request again answers the first report; the same file under a new key stores nothing
        upload(filled, "true", "jilin-2022-year-end")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("summary.stored", equalTo(2));
        JsonPath again = upload(filled, "true", "jilin-2022-year-end-again")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(again.getMap("summary"))
                .containsEntry("accepted", 0)
                .containsEntry("unchanged", 3)
                .containsEntry("refused", 1)
                .containsEntry("stored", 0);
    }

    @Test
    void theSameColumnsAsCsvWorkToo() {
        String csv = String.join(
                "\n",
                header(
                        Column.RECORD,
                        Column.NEW_STATUS,
                        Column.EFFECTIVE_ON,
                        Column.NARRATIVE,
                        Column.EVIDENCE_1_TITLE,
                        Column.EVIDENCE_1_URL),
                PLAN + "-04,in-progress,2022-03-01,\"首单绿色资产证券化产品发行，规模5亿元。\",吉林省绿色资产证券化工作方案,ftp://example.org/x",
                PLAN + "-04,in-progress,2022-03-01,首单发行。,吉林省绿色资产证券化工作方案,https://fgw.jl.gov.cn/2022/3.html",
                PLAN + "-04,in-progress,2022-04-01,第二单发行。,,");
        JsonPath report = upload(csv.getBytes(StandardCharsets.UTF_8), null, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("rows.verdict")).containsExactly("refused", "accepted", "refused");
        assertThat(report.getString("rows[2].reason"))
                .isEqualTo("row 3 already reports on this record; one report per record per file");
        assertThat(report.getString("rows[0].column")).isEqualTo(Column.EVIDENCE_1_URL.header());
        assertThat(report.getString("rows[0].reason")).isEqualTo("must be an http or https address");
        assertThat(report.getInt("rows[1].line")).isEqualTo(3);
    }

    @Test
    void aFileWithoutTheWorkbooksColumnsIsRefusedWholeAndACommitNeedsAKey() {
        byte[] csv = "名称,状态\nx,y\n".getBytes(StandardCharsets.UTF_8);
        upload(csv, null, null).then().spec(ProblemSpecs.problem(422, "file"));
        byte[] headerOnly = (header(Column.RECORD, Column.NEW_STATUS, Column.EFFECTIVE_ON, Column.NARRATIVE) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        upload(headerOnly, "true", null).then().spec(ProblemSpecs.problem(422, "Idempotency-Key"));
        given().get("/api/v1/provinces/2200/progress-workbook").then().spec(ProblemSpecs.problem(400, "code"));
        given().auth()
                .oauth2(EDITOR)
                .multiPart("commit", "false")
                .post("/api/v1/progress-imports")
                .then()
                .spec(ProblemSpecs.problem(400, "file"));
    }

    @Test
    void anotherProvincesEditorHasEveryRowRefusedOnItsRecordColumn() {
        String csv = String.join(
                "\n",
                header(Column.RECORD, Column.NEW_STATUS, Column.EFFECTIVE_ON, Column.NARRATIVE),
                PLAN + "-04,in-progress,2022-03-01,青海代填。");
        JsonPath report = given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .multiPart("file", "progress.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/progress-imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getString("rows[0].verdict")).isEqualTo("refused");
        assertThat(report.getString("rows[0].column")).isEqualTo(Column.RECORD.header());
        assertThat(report.getString("rows[0].reason"))
                .isEqualTo("a province-editor may only write records of the province in its token");
    }

    private static Response upload(byte[] file, String commit, String key) {
        var request =
                given().auth().oauth2(EDITOR).multiPart("file", "progress.xlsx", file, ProgressWorkbookResource.XLSX);
        if (commit != null) {
            request.queryParam("commit", commit);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/progress-imports");
    }

    /** A CSV header of these workbook columns. */
    private static String header(Column... columns) {
        return java.util.Arrays.stream(columns).map(Column::header).collect(java.util.stream.Collectors.joining(","));
    }

    private static void fill(Row row, String status, String effectiveOn, String narrative) {
        row.createCell(Column.NEW_STATUS.ordinal()).setCellValue(status);
        row.createCell(Column.EFFECTIVE_ON.ordinal()).setCellValue(effectiveOn);
        row.createCell(Column.NARRATIVE.ordinal()).setCellValue(narrative);
    }

    private static String cell(Sheet sheet, int row, Column column) {
        return sheet.getRow(row).getCell(column.ordinal()).getStringCellValue();
    }
}
