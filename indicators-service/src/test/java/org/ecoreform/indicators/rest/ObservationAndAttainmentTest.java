package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationAndAttainmentTest {

    static final String JIANGXI_EDITOR = Tokens.provinceEditor("jiangxi-stats", "360000");
    static final String GUIZHOU_EDITOR = Tokens.provinceEditor("guizhou-stats", "520000");
    static final String INDICATOR_EDITOR = Tokens.withRoles("mee-editor", Roles.INDICATOR_EDITOR);

    static Map<String, Object> observation(String province, String indicator, int period, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("province", province);
        body.put("indicator", indicator);
        body.put("period", period);
        body.put("value", new java.math.BigDecimal(value));
        body.put("status", "provisional");
        body.put("source", "统计公报" + period);
        return body;
    }

    @Test
    void anObservationOnTheTargetGivesMetAndLowerIsBetterWorks() {
        given().auth()
                .oauth2(JIANGXI_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("360000", "pm25-annual-mean", 2020, "39"))
                .post("/api/v1/observations")
                .then()
                .statusCode(201)
                .body("revision", equalTo(1));
        given().get("/api/v1/targets/360000-pm25-annual-mean-2020")
                .then()
                .statusCode(200)
                .body("attainment.status", equalTo("met"))
                .body("attainment.gap", equalTo(0))
                .body("latestObservation.value", equalTo(39))
                .body("observations", hasSize(1));
        given().auth()
                .oauth2(JIANGXI_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("360000", "good-air-days-ratio", 2020, "91.8"))
                .post("/api/v1/observations")
                .then()
                .statusCode(201);
        given().get("/api/v1/targets/360000-good-air-days-ratio-2020")
                .then()
                .body("attainment.status", equalTo("missed"))
                .body("attainment.gap", equalTo(1));
        given().queryParam("attainment", "missed")
                .queryParam("province", "360000")
                .get("/api/v1/targets")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("360000-good-air-days-ratio-2020"))
                .body("items.id", not(hasItem("360000-pm25-annual-mean-2020")));
    }

    @Test
    void aCorrectionKeepsTheEarlierValueForAsOf() {
        io.restassured.path.json.JsonPath created = given().auth()
                .oauth2(JIANGXI_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("360000", "wetland-area", 2019, "90.1"))
                .post("/api/v1/observations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String corrected = given().auth()
                .oauth2(JIANGXI_EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("value", 91.3, "status", "verified", "source", "第二次湿地资源调查"))
                .put("/api/v1/observations/" + id)
                .then()
                .statusCode(200)
                .body("value", equalTo(91.3f))
                .body("revision", equalTo(2))
                .body("history", hasSize(2))
                .extract()
                .path("recordedAt");
        // the days as the service recorded them (UTC), not as this test's clock reads them: no failure across midnight
        String yesterday = java.time.OffsetDateTime.parse(created.getString("recordedAt"))
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate()
                .minusDays(1)
                .toString();
        String dayOfCorrection = java.time.OffsetDateTime.parse(corrected)
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
        given().queryParam("asOf", yesterday)
                .queryParam("province", "360000")
                .queryParam("indicator", "wetland-area")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/v1/observations/" + id)
                .then()
                .statusCode(200)
                .body("history[0].value", equalTo(90.1f))
                .body("history[1].status", equalTo("verified"));
        given().queryParam("asOf", dayOfCorrection)
                .get("/api/v1/observations/" + id)
                .then()
                .statusCode(200)
                .body("value", equalTo(91.3f));
        given().get("/api/v1/targets/360000-wetland-area-2020").then().body("attainment.status", equalTo("met"));
        given().auth()
                .oauth2(JIANGXI_EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("value", 1, "status", "verified", "source", "x"))
                .put("/api/v1/observations/" + id)
                .then()
                .spec(ProblemSpecs.problem(412));
        given().auth()
                .oauth2(JIANGXI_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("360000", "wetland-area", 2019, "1"))
                .post("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(409));
        given().queryParam("asOf", "yesterday")
                .get("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(400, "asOf"));
    }

    @Test
    void provinceEditorsReportOnlyTheirOwnProvince() {
        given().auth()
                .oauth2(GUIZHOU_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("360000", "forest-coverage", 2018, "62"))
                .post("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(INDICATOR_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("520000", "forest-coverage", 2018, "57"))
                .post("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().contentType(ContentType.JSON)
                .body(observation("520000", "forest-coverage", 2018, "57"))
                .post("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(401));
        given().auth()
                .oauth2(GUIZHOU_EDITOR)
                .contentType(ContentType.JSON)
                .body(observation("520000", "no-such-indicator", 2018, "57"))
                .post("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(422, "indicator"));
        Map<String, Object> noValue = observation("520000", "forest-coverage", 2018, "57");
        noValue.remove("value");
        given().auth()
                .oauth2(GUIZHOU_EDITOR)
                .contentType(ContentType.JSON)
                .body(noValue)
                .post("/api/v1/observations")
                .then()
                .spec(ProblemSpecs.problem(400, "value"));
    }

    @Test
    void futureTargetsAreJudgedOnTheirTrajectory() {
        Map<String, Object> target = new HashMap<>(Map.of(
                "province",
                "630000",
                "indicator",
                "forest-coverage",
                "comparator",
                "≥",
                "value",
                8,
                "year",
                2035,
                "baselineValue",
                6,
                "baselineYear",
                2025));
        String id = given().auth()
                .oauth2(INDICATOR_EDITOR)
                .contentType(ContentType.JSON)
                .body(target)
                .post("/api/v1/targets")
                .then()
                .statusCode(201)
                .body("attainment.status", equalTo("no-data"))
                .extract()
                .path("id");
        String qinghai = Tokens.provinceEditor("qinghai-stats", "630000");
        given().auth()
                .oauth2(qinghai)
                .contentType(ContentType.JSON)
                .body(observation("630000", "forest-coverage", 2030, "7.2"))
                .post("/api/v1/observations")
                .then()
                .statusCode(201);
        given().get("/api/v1/targets/" + id)
                .then()
                .body("attainment.status", equalTo("on-track"))
                .body("attainment.expected", equalTo(7));
        given().auth()
                .oauth2(qinghai)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("value", 6.5, "status", "verified", "source", "复核"))
                .put("/api/v1/observations/630000-forest-coverage-2030")
                .then()
                .statusCode(200);
        given().get("/api/v1/targets/" + id).then().body("attainment.status", equalTo("at-risk"));
        given().auth()
                .oauth2(JIANGXI_EDITOR)
                .contentType(ContentType.JSON)
                .body(target)
                .post("/api/v1/targets")
                .then()
                .spec(ProblemSpecs.problem(403));
        Map<String, Object> missingValue = new HashMap<>(target);
        missingValue.remove("value");
        given().auth()
                .oauth2(INDICATOR_EDITOR)
                .contentType(ContentType.JSON)
                .body(missingValue)
                .post("/api/v1/targets")
                .then()
                .spec(ProblemSpecs.problem(422, "value"));
        Map<String, Object> badComparator = new HashMap<>(target);
        badComparator.put("comparator", "approximately");
        given().auth()
                .oauth2(INDICATOR_EDITOR)
                .contentType(ContentType.JSON)
                .body(badComparator)
                .post("/api/v1/targets")
                .then()
                .spec(ProblemSpecs.problem(400, "comparator"));
    }

    @Test
    void targetsAndObservationsExportAsCsv() {
        String csv = given().queryParam("format", "csv")
                .queryParam("province", "520000")
                .get("/api/v1/targets")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("\uFEFFid,province,provinceNameZh,provinceNameEn,indicator,indicatorNameZh,indicatorNameEn,"
                        + "comparator,value");
        // both names, as in every CSV of the API
        assertThat(csv).contains("520000-development-intensity-2020,520000,贵州省,Guizhou,development-intensity,");
        assertThat(csv.lines()
                        .filter(l -> l.startsWith("520000-development-intensity-2020,"))
                        .findFirst()
                        .orElseThrow())
                .contains(",≤,4.2");
        String observations = given().accept("text/csv")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(observations.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "\uFEFFid,province,provinceNameZh,provinceNameEn,indicator,period,value,status,source,reportedBy,"
                                + "recordedAt,revision");
        given().queryParam("attainment", "great")
                .get("/api/v1/targets")
                .then()
                .spec(ProblemSpecs.problem(400, "attainment"));
    }
}
