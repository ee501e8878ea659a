package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.adoption.importer.HeaderDrivenTableTest;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another province's table — its own column order and words, a 序号 and a 完成时限 column, a remark
 * column — imported as pasted text, as a CSV upload and as an .xlsx upload: every row links as in
 * Qinghai's order, dated deadlines become milestones, an unreadable header or file is a 422.
 */
@QuarkusTest
class TableUploadTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS = 12;

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void pastedTextInAnotherColumnOrderLinksEveryRow() {
        String text = HeaderDrivenTableTest.reorderedRows().stream()
                .map(cells -> String.join("\t", cells))
                .collect(Collectors.joining("\n"));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("plan", plan("甘发改〔2021〕31号"), "text", text))
                .post("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("summary.rows", equalTo(ROWS))
                .body("summary.matched", equalTo(ROWS))
                .body("notes", hasItem("column 备注 is not read"))
                .body("rows.find { it.rowNumber == 9 }.links[0].measureId", equalTo(qinghaiLink(9)));
    }

    @Test
    void aCsvUploadIsCommittedWithItsDeadlinesAsMilestones() {
        String csv = HeaderDrivenTableTest.reorderedRows().stream()
                .map(cells -> cells.stream()
                        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));
        upload("甘发改〔2021〕32号", "notice.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports?commit=true")
                .then()
                .statusCode(201)
                .body("summary.stored", equalTo(ROWS));
        given().get("/api/v1/adoptions/620000-2021-32-03")
                .then()
                .statusCode(200)
                .body("milestones[0].dueOn", equalTo("2021-12-31"))
                .body("milestones[0].description", containsString("2021年底前"));
        given().get("/api/v1/adoptions/620000-2021-32-02")
                .then()
                .statusCode(200)
                .body("milestones.size()", equalTo(0));
    }

    @Test
    void anXlsxUploadReadsTheFirstSheet() throws Exception {
        byte[] workbook = HeaderDrivenTableTest.xlsx(HeaderDrivenTableTest.reorderedRows(), false);
        upload("甘发改〔2021〕33号", "推广清单.xlsx", workbook, XLSX)
                .post("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("committed", equalTo(false))
                .body("summary.rows", equalTo(ROWS))
                .body("summary.matched", equalTo(ROWS));
    }

    @Test
    void anUnreadableHeaderOrFileIsA422ThatSaysWhy() {
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("plan", plan("甘发改〔2021〕34号"), "text", "序号\t举措名称\t推广来源\n1\t福林贷\t福建省"))
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(422))
                .body("detail", containsString("but not 落实措施, 责任单位"));
        upload("甘发改〔2021〕35号", "notice.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}, XLSX)
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(422))
                .body("detail", containsString(".xlsx"));
        given().get("/api/v1/plans/620000-2021-35").then().spec(ProblemSpecs.problem(404));
    }

    @Test
    void anUploadNeedsItsPlanAndItsTable() {
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .multiPart(text("documentNumber", "甘发改〔2021〕36号"))
                .multiPart("table", "notice.csv", "名称,落实措施,责任单位\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(400));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .multiPart(text("province", "620000"))
                .multiPart(text("issuingBody", "甘肃省发展和改革委员会"))
                .multiPart(text("documentNumber", "甘发改〔2021〕37号"))
                .multiPart(text("issuedOn", "2021-13-01"))
                .multiPart(text("title", "关于推广改革举措的通知"))
                .multiPart("table", "notice.csv", "名称,落实措施,责任单位\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(400))
                .body("detail", containsString("issuedOn"));
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .multiPart(text("province", "620000"))
                .multiPart(text("issuingBody", "甘肃省发展和改革委员会"))
                .multiPart(text("documentNumber", "甘发改〔2021〕38号"))
                .multiPart(text("issuedOn", "2021-06-01"))
                .multiPart(text("title", "关于推广改革举措的通知"))
                .multiPart("table", "notice.csv", "名称,落实措施,责任单位\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(403));
    }

    /** The measure Qinghai's own row of this number links to (the reference plan). */
    private static String qinghaiLink(int row) {
        return given().get("/api/v1/adoptions/630000-2021-106-" + String.format("%02d", row))
                .then()
                .statusCode(200)
                .extract()
                .path("measures[0].id");
    }

    private static Map<String, Object> plan(String documentNumber) {
        return Map.of(
                "province",
                "620000",
                "issuingBody",
                "甘肃省发展和改革委员会",
                "documentNumber",
                documentNumber,
                "issuedOn",
                "2021-06-01",
                "title",
                "关于推广国家生态文明试验区改革举措的通知");
    }

    private static RequestSpecification upload(
            String documentNumber, String fileName, byte[] content, String mediaType) {
        RequestSpecification request = given().auth().oauth2(AdoptionTesting.ADMIN);
        plan(documentNumber).forEach((name, value) -> request.multiPart(text(name, value.toString())));
        return request.multiPart("table", fileName, content, mediaType);
    }

    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value)
                .controlName(name)
                .mimeType("text/plain")
                .charset(StandardCharsets.UTF_8)
                .build();
    }
}
