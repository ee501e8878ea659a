package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The accountability tracker: seeded from the shipped pilot plans, then recorded by provinces on their documents. */
@QuarkusTest
class AccountabilityTest {

    @Test
    void thePilotPlansSeedWhatTheyStateWithTheirPilotPlaces() {
        given().queryParam("province", "360000")
                .get("/api/v1/accountability")
                .then()
                .statusCode(200)
                .body(
                        "items.institution.id",
                        equalTo(List.of(
                                "assessment-method",
                                "carrying-capacity-warning",
                                "departure-audit",
                                "inspection",
                                "lifelong-accountability",
                                "resource-balance-sheet")));
        given().get("/api/v1/accountability/360000-resource-balance-sheet")
                .then()
                .statusCode(200)
                .body("status", equalTo("piloting"))
                .body("pilotPlaces", equalTo(List.of("萍乡市", "吉安市", "宜春市", "抚州市", "兴国县")))
                .body("institution.article", equalTo("F2015-A49"))
                .body("provenance.file", equalTo("001_b109216fcd3a97d1.txt"))
                .body("history[0].documentTitle", equalTo("国家生态文明试验区(江西)实施方案"));
        // each institution read from its own paragraph, not from the first sentence that names it in passing
        given().get("/api/v1/accountability/360000-lifelong-accountability")
                .then()
                .body("dueYear", equalTo(2017))
                .body("provenance.line", equalTo(67))
                .body("history[0].narrative", org.hamcrest.Matchers.containsString("生态环境损害责任追究办法实施细则"));
        given().get("/api/v1/accountability/520000-lifelong-accountability")
                .then()
                .body("provenance.line", equalTo(133))
                .body("history[0].narrative", org.hamcrest.Matchers.endsWith("实行终身追责。"));
        given().get("/api/v1/accountability/360000-carrying-capacity-warning")
                .then()
                .body("institution.article", equalTo("F2015-A48"))
                .body("dueYear", equalTo(2017))
                .body("history[0].narrative", org.hamcrest.Matchers.startsWith("2017年开展资源环境承载能力监测预警正式评价"));
        given().get("/api/v1/accountability/520000-green-development-index")
                .then()
                .body("status", equalTo("planned"))
                .body("dueYear", equalTo(2017));
        given().queryParam("institution", "nothing")
                .get("/api/v1/accountability")
                .then()
                .spec(ProblemSpecs.problem(400, "institution"));
    }

    @Test
    void theTrackerIsCursorPagedAndTakesAlternatives() {
        List<String> jiangxi = ids(given().queryParam("province", "360000"));
        List<String> guizhou = ids(given().queryParam("province", "520000"));
        List<String> both = new ArrayList<>(jiangxi);
        both.addAll(guizhou);
        assertThat(jiangxi).hasSize(6);
        assertThat(ids(given().queryParam("province", "520000,360000"))).isEqualTo(both);
        assertThat(ids(given().queryParam("province", "360000", "520000")
                        .queryParam("institution", "inspection,departure-audit")))
                .isEqualTo(both.stream()
                        .filter(id -> id.endsWith("-inspection") || id.endsWith("-departure-audit"))
                        .toList())
                .contains("360000-departure-audit", "360000-inspection");
        var first = given().queryParam("province", "360000")
                .queryParam("limit", "2")
                .queryParam("count", "true")
                .get("/api/v1/accountability")
                .then()
                .statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("items.id", equalTo(jiangxi.subList(0, 2)))
                .body("total", equalTo(jiangxi.size()))
                .extract();
        given().queryParam("province", "360000")
                .queryParam("limit", "2")
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/accountability")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(jiangxi.subList(2, 4)));
        given().queryParam("cursor", "azE6MzYwMDAwLW5vLXN1Y2g")
                .get("/api/v1/accountability")
                .then()
                .spec(ProblemSpecs.problem(400, "cursor"));
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification request) {
        return request.get("/api/v1/accountability")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void aProvinceRecordsAnInstitutionOnItsDocumentAndBadInputChangesNothing() {
        String hunan = Tokens.provinceEditor("hunan-drc", "430000");
        Map<String, Object> established = Map.of(
                "status",
                "established",
                "effectiveOn",
                "2019-03-01",
                "narrative",
                "省委办公厅、省政府办公厅印发生态文明建设目标评价考核办法",
                "documentNumber",
                "湘办发〔2019〕5号",
                "url",
                "https://www.hunan.gov.cn/2019/5.html");
        String path = "/api/v1/accountability/430000/assessment-method";
        given().auth()
                .oauth2(Tokens.provinceEditor("jiangxi-drc", "360000"))
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(established)
                .post(path)
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(hunan)
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "status",
                        "established",
                        "effectiveOn",
                        LocalDate.now(org.ecoreform.platform.change.Timestamps.REFORM_TIME_ZONE)
                                .plusDays(2)
                                .toString(),
                        "narrative",
                        "未来"))
                .post(path)
                .then()
                .spec(ProblemSpecs.problem(422, "effectiveOn"));
        given().auth()
                .oauth2(hunan)
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "done", "effectiveOn", "2019-03-01", "narrative", "x"))
                .post(path)
                .then()
                .spec(ProblemSpecs.problem(400, "status"));
        given().auth()
                .oauth2(hunan)
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "status", "established", "effectiveOn", "2019-03-01", "narrative", "x", "url", "ftp://x.cn/a"))
                .post("/api/v1/accountability/430000/nothing")
                .then()
                .statusCode(400);
        given().get("/api/v1/accountability/430000-assessment-method").then().spec(ProblemSpecs.problem(404));

        given().auth()
                .oauth2(hunan)
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(established)
                .post(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("status", equalTo("established"))
                .body("history", hasSize(1))
                .body("history[0].documentNumber", equalTo("湘办发〔2019〕5号"));
        given().auth()
                .oauth2(hunan)
                .header("If-Match", "\"v7\"")
                .contentType(ContentType.JSON)
                .body(established)
                .post(path)
                .then()
                .spec(ProblemSpecs.problem(412));
        given().auth()
                .oauth2(hunan)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "established", "effectiveOn", "2020-01-10", "narrative", "修订考核办法，增加生态文明建设考核权重"))
                .post(path)
                .then()
                .statusCode(200)
                .body("history.effectiveOn", equalTo(List.of("2019-03-01", "2020-01-10")));
    }
}
