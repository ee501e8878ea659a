package org.ecoreform.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ecoreform.platform.testing.BadInput;
import org.ecoreform.platform.testing.BadInput.Endpoint;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The bad-input suite on every write endpoint of indicators-service (see {@link BadInput}). */
@QuarkusTest
class BadInputTest {

    private static final String EDITOR = ObservationAndAttainmentTest.INDICATOR_EDITOR;
    private static final String GANSU = Tokens.provinceEditor("gansu-stats", "620000");

    private static Map<String, Object> indicator(String id) {
        return new HashMap<>(Map.of(
                "id",
                id,
                "nameZh",
                "地表水国控断面优良比例",
                "nameEn",
                "Share of good surface water sections",
                "unit",
                "%",
                "direction",
                "higher",
                "theme",
                "water"));
    }

    private static Map<String, Object> target(int year) {
        return new HashMap<>(Map.of(
                "province",
                "620000",
                "indicator",
                "forest-coverage",
                "comparator",
                "≥",
                "value",
                12,
                "year",
                year,
                "sentence",
                "到" + year + "年，全省森林覆盖率达到12%",
                "document",
                "甘肃省生态环境保护规划"));
    }

    @Test
    void indicators() {
        Supplier<String> all = () -> given().get("/api/v1/indicators").asString();
        BadInput.check(Endpoint.json("POST", "/api/v1/indicators", EDITOR, indicator("surface-water-good")), all);
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(indicator("bad-input-probe"))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        String path = "/api/v1/indicators/bad-input-probe";
        Map<String, Object> update = indicator("bad-input-probe");
        update.remove("id");
        BadInput.check(
                Endpoint.json("PUT", path, EDITOR, update)
                        .withIfMatch(() -> given().get(path).header("ETag")),
                () -> given().get(path).asString());
        BadInput.checkHostileIds("PUT", "/api/v1/indicators/{id}", EDITOR, update);
    }

    @Test
    void planTaskLinksAndCompletionAndAnAccountabilityChange() {
        String task = given().get("/api/v1/plan-tasks?province=520000&limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        String path = "/api/v1/plan-tasks/" + task;
        Supplier<String> state = () -> given().get(path).asString();
        Supplier<String> tag = () -> given().get(path).header("ETag");
        String catalogueEditor =
                Tokens.withRoles("bad-input-ndrc", org.ecoreform.platform.security.Roles.CATALOGUE_EDITOR);
        BadInput.check(
                Endpoint.json("PUT", path + "/links", catalogueEditor, Map.of("link", java.util.List.of("N2020-69")))
                        .withIfMatch(tag),
                state);
        BadInput.check(
                Endpoint.json(
                                "POST",
                                path + "/completion",
                                Tokens.provinceEditor("bad-input-guizhou", "520000"),
                                Map.of("on", "2018-12-20", "narrative", "编制完成", "documentNumber", "黔统发〔2018〕30号"))
                        .withIfMatch(tag),
                state);
        BadInput.checkHostileIds("POST", "/api/v1/plan-tasks/{id}/completion", EDITOR, Map.of("on", "2018-12-20"));
        String record = "/api/v1/accountability/620000-assessment-method";
        BadInput.check(
                Endpoint.json(
                                "POST",
                                "/api/v1/accountability/620000/assessment-method",
                                GANSU,
                                Map.of(
                                        "status",
                                        "established",
                                        "effectiveOn",
                                        "2019-03-01",
                                        "narrative",
                                        "印发考核办法",
                                        "documentNumber",
                                        "甘办发〔2019〕5号"))
                        .withIfMatch(() -> "*"),
                () -> given().get(record).asString());
    }

    @Test
    void targets() {
        BadInput.check(
                Endpoint.json("POST", "/api/v1/targets", EDITOR, target(2030)),
                () -> given().queryParam("province", "620000")
                        .get("/api/v1/targets")
                        .asString());
        String id = given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(target(2031))
                .post("/api/v1/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/targets/" + id;
        BadInput.check(
                Endpoint.json("PUT", path, EDITOR, target(2031))
                        .withIfMatch(() -> given().get(path).header("ETag")),
                () -> given().get(path).asString());
        BadInput.checkHostileIds("PUT", "/api/v1/targets/{id}", EDITOR, target(2031));
        BadInput.checkPaging("/api/v1/targets");
    }

    @Test
    void observations() {
        Supplier<String> all = () -> given().queryParam("province", "620000")
                .get("/api/v1/observations")
                .asString();
        BadInput.check(
                Endpoint.json(
                        "POST",
                        "/api/v1/observations",
                        GANSU,
                        ObservationAndAttainmentTest.observation("620000", "forest-coverage", 2021, "11.3")),
                all);
        String id = given().auth()
                .oauth2(GANSU)
                .contentType(ContentType.JSON)
                .body(ObservationAndAttainmentTest.observation("620000", "forest-coverage", 2022, "11.5"))
                .post("/api/v1/observations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/observations/" + id;
        BadInput.check(
                Endpoint.json("PUT", path, GANSU, Map.of("value", 11.6, "status", "verified", "source", "甘肃统计年鉴"))
                        .withIfMatch(() -> given().get(path).header("ETag")),
                () -> given().get(path).asString());
        BadInput.checkHostileIds(
                "PUT", "/api/v1/observations/{id}", GANSU, Map.of("value", 1, "status", "verified", "source", "x"));
        BadInput.checkPaging("/api/v1/observations");
    }

    @Test
    void markupAndSqlAreStoredVerbatimAndReturnedAsJsonData() {
        int period = 2001;
        for (String text : BadInput.hostileTexts()) {
            Map<String, Object> body =
                    ObservationAndAttainmentTest.observation("620000", "forest-coverage", period++, "10");
            body.put("source", text);
            Response created = given().auth()
                    .oauth2(GANSU)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/observations");
            created.then().statusCode(201);
            Response read = given().get(created.header("Location"));
            assertThat(read.contentType()).startsWith("application/json");
            assertThat(read.jsonPath().getString("source")).isEqualTo(text);
        }
    }
}
