package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdoptionWriteTest {

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    static Map<String, Object> input(String measure) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", AdoptionTesting.PLAN);
        body.put("measureIds", List.of(measure));
        body.put("actions", "推广林权抵押贷款，建立收储担保机制。");
        body.put("responsibleUnits", List.of("省林草局", "人行西宁中心支行"));
        body.put("milestones", List.of(Map.of("dueOn", "2022-12-31", "description", "建成收储担保平台", "done", false)));
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/adoptions");
    }

    static String createRecord(String measure) {
        return create(AdoptionTesting.QINGHAI_EDITOR, input(measure))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Response transition(String id, int version, String status) {
        return given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("If-Match", "\"v" + version + "\"")
                .contentType(ContentType.JSON)
                .body(Map.of("status", status, "narrative", "推进至" + status))
                .post("/api/v1/adoptions/" + id + "/transitions");
    }

    @Test
    void aProvinceEditorAddsARecordToItsOwnPlan() {
        Response created = create(AdoptionTesting.QINGHAI_EDITOR, input("N2020-60"));
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/adoptions/630000-2021-106-"))
                .body("status", equalTo("planned"))
                .body("measures[0].name", equalTo("林权抵押融资推进储备林基地建设"))
                .body("category.id", equalTo("C09"))
                .body("sourceProvinces.id", equalTo(List.of("360000")))
                .body("milestones[0].dueOn", equalTo("2022-12-31"))
                .body("history", hasSize(1))
                .body("history[0].by", equalTo("qinghai-clerk"))
                .body("version", equalTo(1));
        assertThat(created.<Integer>path("rowNumber")).isGreaterThan(52);
        // the answer carries the created state's ETag: the next write needs no GET first
        assertThat(created.header("ETag")).isEqualTo("\"v1\"");
        String id = created.path("id");
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "in-progress", "narrative", "已启动"))
                .post("/api/v1/adoptions/" + id + "/transitions")
                .then()
                .statusCode(200)
                .header("ETag", "\"v2\"");
    }

    @Test
    void editorsAreScopedToTheirProvince() {
        create(AdoptionTesting.FUJIAN_EDITOR, input("N2020-61")).then().spec(ProblemSpecs.problem(403));
        create(AdoptionTesting.ADMIN, input("N2020-61")).then().statusCode(201);
        String id = createRecord("N2020-62");
        given().auth()
                .oauth2(AdoptionTesting.FUJIAN_EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "in-progress", "narrative", "越权"))
                .post("/api/v1/adoptions/" + id + "/transitions")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(AdoptionTesting.CATALOGUE_EDITOR)
                .contentType(ContentType.JSON)
                .body(input("N2020-61"))
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().contentType(ContentType.JSON)
                .body(input("N2020-61"))
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(401));
        given().get("/api/v1/adoptions/" + id)
                .then()
                .body("status", equalTo("planned"))
                .body("version", equalTo(1));
    }

    @Test
    void legalTransitionsAreRecordedWithWhoAndWhy() {
        String id = createRecord("N2020-63");
        transition(id, 1, "in-progress")
                .then()
                .statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("version", equalTo(2));
        transition(id, 2, "suspended").then().statusCode(200);
        transition(id, 3, "in-progress").then().statusCode(200);
        transition(id, 4, "implemented")
                .then()
                .statusCode(200)
                .body(
                        "history.status",
                        equalTo(List.of("planned", "in-progress", "suspended", "in-progress", "implemented")))
                .body("history[4].from", equalTo("in-progress"))
                .body("history[4].narrative", equalTo("推进至implemented"))
                .body("history[4].by", equalTo("qinghai-clerk"));
    }

    @Test
    void illegalTransitionsAre409AndChangeNothing() {
        String id = createRecord("N2020-64");
        transition(id, 1, "implemented")
                .then()
                .spec(ProblemSpecs.problem(409))
                .body("detail", containsString("allowed"));
        transition(id, 1, "planned").then().spec(ProblemSpecs.problem(409));
        transition(id, 1, "finished").then().spec(ProblemSpecs.problem(400, "status"));
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("narrative", "并入新方案"))
                .post("/api/v1/adoptions/" + id + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("withdrawn"));
        transition(id, 2, "in-progress").then().spec(ProblemSpecs.problem(409));
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("If-Match", "\"v2\"")
                .contentType(ContentType.JSON)
                .body(input("N2020-64"))
                .put("/api/v1/adoptions/" + id)
                .then()
                .spec(ProblemSpecs.problem(409));
        given().get("/api/v1/adoptions/" + id)
                .then()
                .body("status", equalTo("withdrawn"))
                .body("history", hasSize(2));
    }

    @Test
    void updatesNeedACurrentIfMatch() {
        String id = createRecord("N2020-65");
        Map<String, Object> changed = input("N2020-65");
        changed.put("actions", "构建支持小微企业融资的长效机制。");
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/adoptions/" + id)
                .then()
                .spec(ProblemSpecs.problem(428));
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("If-Match", "\"v9\"")
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/adoptions/" + id)
                .then()
                .spec(ProblemSpecs.problem(412));
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/adoptions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v2\"")
                .body("actions", equalTo("构建支持小微企业融资的长效机制。"));
    }

    @Test
    void unknownMeasuresAndBadInputAre4xxAndChangeNothing() {
        String before =
                given().queryParam("format", "csv").get("/api/v1/adoptions").asString();
        create(AdoptionTesting.QINGHAI_EDITOR, input("N2020-99"))
                .then()
                .spec(ProblemSpecs.problem(422, "measureIds[0]"))
                .body("detail", containsString("not in the national catalogue"));
        Map<String, Object> unknownPlan = input("N2020-57");
        unknownPlan.put("planId", "630000-1999-1");
        create(AdoptionTesting.QINGHAI_EDITOR, unknownPlan).then().spec(ProblemSpecs.problem(422, "planId"));
        Map<String, Object> noActions = input("N2020-57");
        noActions.put("actions", "");
        create(AdoptionTesting.QINGHAI_EDITOR, noActions).then().spec(ProblemSpecs.problem(400, "actions"));
        Map<String, Object> unknownField = input("N2020-57");
        unknownField.put("budget", 100);
        create(AdoptionTesting.QINGHAI_EDITOR, unknownField).then().spec(ProblemSpecs.problem(400, "budget"));
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body("{\"planId\":")
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(400));
        given().queryParam("status", "done").get("/api/v1/adoptions").then().spec(ProblemSpecs.problem(400, "status"));
        given().get("/api/v1/adoptions/coverage").then().spec(ProblemSpecs.problem(400, "province"));
        given().get("/api/v1/adoptions/630000-2021-106-999").then().spec(ProblemSpecs.problem(404));
        assertThat(given().queryParam("format", "csv").get("/api/v1/adoptions").asString())
                .isEqualTo(before);
    }

    @Test
    void idempotencyKeyMakesCreateRetriesSafe() {
        String key = UUID.randomUUID().toString();
        String first = given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(input("N2020-59"))
                .post("/api/v1/adoptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(input("N2020-59"))
                .post("/api/v1/adoptions")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }
}
