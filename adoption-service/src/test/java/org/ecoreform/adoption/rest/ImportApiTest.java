package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

    private static final String NOTICE = String.join(
            "\n",
            "名称\t来源\t落实措施\t责任单位",
            "九、绿色金融\t\t\t",
            "1. “福林贷”中关于林农小额信用贷款的相关举措\t福建省\t<p>推广林农小额信用贷款。</p>\t省林草局、人行拉萨中心支行",
            "2. 林业金融产品创新\t江西省\t建立林业金融服务平台。\t省林草局",
            "十、生态补偿\t\t\t",
            "3. 流域跨省横向生态补偿机制\t\t探索跨省流域补偿。\t省财政厅",
            "4. 无人机森林防火巡护制度\t福建省\t建设无人机巡护网络。\t省林草局",
            "5. 缺少责任单位的行\t福建省");

    private static Map<String, Object> request(String documentNumber) {
        return Map.of(
                "plan",
                Map.of(
                        "province",
                        "540000",
                        "issuingBody",
                        "西藏自治区发展和改革委员会",
                        "documentNumber",
                        documentNumber,
                        "issuedOn",
                        "2021-06-01",
                        "title",
                        "关于学习借鉴国家生态文明试验区改革举措的通知"),
                "text",
                NOTICE);
    }

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void aDryRunReportsEveryRowAndStoresNothingButTheReport() {
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(request("藏发改〔2021〕7号"))
                .post("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("committed", equalTo(false))
                .body("planId", equalTo("540000-2021-7"))
                .body("summary.rows", equalTo(5))
                .body("summary.matched", equalTo(2))
                .body("summary.uncertain", equalTo(1))
                .body("summary.rejected", equalTo(2))
                .body("summary.stored", equalTo(0))
                .body("rows.find { it.rowNumber == 1 }.links[0].measureId", equalTo("N2020-57"))
                .body("rows.find { it.rowNumber == 1 }.adoptedPart", equalTo("关于林农小额信用贷款的相关举措"))
                .body("rows.find { it.rowNumber == 3 }.verdict", equalTo("uncertain"))
                .body("rows.find { it.rowNumber == 3 }.candidates.measureId", hasItems("N2020-68", "N2020-69"))
                .body("rows.find { it.rowNumber == 4 }.verdict", equalTo("rejected"))
                .body("rows.find { it.line == 8 }.verdict", equalTo("rejected"));
        given().get("/api/v1/plans/540000-2021-7").then().spec(ProblemSpecs.problem(404));
    }

    @Test
    void aCommitStoresThePlanAndItsMatchedRowsOnly() {
        String reportUrl = given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(request("藏发改〔2021〕8号"))
                .queryParam("commit", "true")
                .post("/api/v1/imports")
                .then()
                .statusCode(201)
                .body("committed", equalTo(true))
                .body("summary.stored", equalTo(2))
                .body("rows.find { it.rowNumber == 1 }.recordId", equalTo("540000-2021-8-01"))
                .body("rows.find { it.rowNumber == 3 }.recordId", nullValue())
                // a unit the codelist does not know is kept as written, and reported
                .body("rows.find { it.rowNumber == 1 }.unknownUnits", equalTo(java.util.List.of("人行拉萨中心支行")))
                .extract()
                .header("Location");
        given().get(reportUrl).then().statusCode(200).body("summary.matched", equalTo(2));
        given().get("/api/v1/plans/540000-2021-8").then().statusCode(200).body("recordCount", equalTo(2));
        given().get("/api/v1/adoptions/540000-2021-8-01")
                .then()
                .statusCode(200)
                .body("actions", equalTo("推广林农小额信用贷款。"))
                .body("responsibleUnits", equalTo(java.util.List.of("省林草局", "人行拉萨中心支行")))
                .body("units.id", equalTo(java.util.Arrays.asList("forestry-grassland", null)))
                .body("units.written", equalTo(java.util.List.of("省林草局", "人行拉萨中心支行")));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(request("藏发改〔2021〕8号"))
                .queryParam("commit", "true")
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(409));
        // the runs of one plan, newest first, paged like every list
        List<String> runs = given().get("/api/v1/imports?plan=540000-2021-8&count=true")
                .then()
                .statusCode(200)
                .body("items.committed", equalTo(List.of(true)))
                .body("total", equalTo(1))
                .extract()
                .path("items.id");
        var firstPage =
                given().get("/api/v1/imports?limit=1").then().statusCode(200).extract();
        String second = given().queryParam("limit", 1)
                .queryParam("cursor", firstPage.path("nextCursor").toString())
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        assertThat(List.of(firstPage.path("items[0].id").toString(), second))
                .isEqualTo(
                        given().get("/api/v1/imports?limit=2").then().extract().path("items.id"))
                .contains(runs.get(0));
    }

    @Test
    void importsAreScopedAndValidated() {
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body(request("藏发改〔2021〕9号"))
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("plan", Map.of("province", "540000"), "text", NOTICE))
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(400));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .contentType(ContentType.JSON)
                .body(request("藏发改〔2021〕10号"))
                .queryParam("commit", "yes")
                .post("/api/v1/imports")
                .then()
                .spec(ProblemSpecs.problem(400, "commit"));
        given().get("/api/v1/imports/not-a-uuid").then().spec(ProblemSpecs.problem(404));
        given().get("/api/v1/imports").then().statusCode(200).body("items[0].id", notNullValue());
    }
}
