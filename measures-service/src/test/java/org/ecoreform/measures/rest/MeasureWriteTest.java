package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.Concurrently;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Writes go to measures the test creates in C13, so the imported catalogue stays as published. */
@QuarkusTest
class MeasureWriteTest {

    static final String EDITOR = Tokens.withRoles("editor-li", Roles.CATALOGUE_EDITOR);

    static Map<String, Object> input(String name) {
        return Map.of(
                "categoryId",
                "C13",
                "name",
                name,
                "content",
                "省人大常委会开展生态环境保护专项监督。",
                "sourceProvinces",
                List.of("520000", "360000"),
                "departments",
                List.of("npc-erpc"));
    }

    static Response create(Map<String, Object> body) {
        return given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/measures");
    }

    static String createMeasure(String name) {
        return create(input(name)).then().statusCode(201).extract().path("id");
    }

    @Test
    void createReturns201WithLocationAndTheNewState() {
        Response response = create(input("人大常委会生态文明专项监督"));
        response.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/measures/N2020-"))
                .body("listCode", equalTo("N2020"))
                .body("category.nameZh", equalTo("生态文明立法与监督"))
                .body("status", equalTo("active"))
                .body("version", equalTo(1))
                .body("sourceProvinces.id", contains("360000", "520000"))
                .body("provenance.document", equalTo("api"));
        String id = response.path("id");
        assertThat(response.<Integer>path("number")).isGreaterThan(90);
        assertThat(response.header("Location")).endsWith("/api/v1/measures/" + id);
        Response read = given().get(response.header("Location"));
        read.then().statusCode(200).body("name", equalTo("人大常委会生态文明专项监督"));
        // the moment written is the moment read: microseconds, as stored, in the write's answer too
        assertThat(response.<String>path("createdAt")).matches(".*T.*\\.[0-9]{1,6}Z|.*T[0-9:]{8}Z");
        assertThat(read.<String>path("createdAt")).isEqualTo(response.<String>path("createdAt"));
        assertThat(read.<String>path("updatedAt")).isEqualTo(response.<String>path("updatedAt"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = input("河湖长制考核办法");
        String first = given().auth()
                .oauth2(EDITOR)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Response retry = given().auth()
                .oauth2(EDITOR)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/measures");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("q", "河湖长制考核办法").get("/api/v1/measures").then().body("items.id", contains(first));
        given().auth()
                .oauth2(EDITOR)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(input("另一项举措"))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(422, "Idempotency-Key"));
    }

    @Test
    void putReplacesWithIfMatchAndBumpsTheVersion() {
        String id = createMeasure("生态环境保护督察整改");
        Map<String, Object> changed = new java.util.HashMap<>(input("生态环境保护督察整改机制"));
        changed.put("departments", List.of("npc-erpc", "mee"));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"v2\"")
                .body("version", equalTo(2))
                .body("name", equalTo("生态环境保护督察整改机制"))
                .body("departments.id", contains("npc-erpc", "mee"));
        // the same body again changes nothing: no new version
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v2\"")
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void writesWithoutIfMatchAre428AndWithAStaleOneAre412() {
        String id = createMeasure("环境保护目标责任制");
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(input("改名"))
                .put("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(428));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v7\"")
                .contentType(ContentType.JSON)
                .body(input("改名"))
                .put("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(412));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "W/\"v1\"")
                .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                .body("{\"name\":\"改名\"}")
                .patch("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(412));
        given().get("/api/v1/measures/" + id)
                .then()
                .body("name", equalTo("环境保护目标责任制"))
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String id = createMeasure("生态文明建设目标评价考核");
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                .body("{\"name\":\"生态文明建设目标评价考核办法\"}")
                .patch("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("name", equalTo("生态文明建设目标评价考核办法"))
                .body("content", equalTo("省人大常委会开展生态环境保护专项监督。"))
                .body("departments.id", contains("npc-erpc"));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v2\"")
                .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                .body("{\"name\":null}")
                .patch("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(400, "name"));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v2\"")
                .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                .body("{\"status\":\"retired\"}")
                .patch("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(400, "status"));
        given().get("/api/v1/measures/" + id).then().body("version", equalTo(2)).body("status", equalTo("active"));
    }

    @Test
    void retiringKeepsTheMeasureReadable() {
        String id = createMeasure("自然资源资产负债表编制");
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "并入2024年清单"))
                .post("/api/v1/measures/" + id + "/retirement")
                .then()
                .statusCode(200)
                .body("status", equalTo("retired"))
                .body("retirementReason", equalTo("并入2024年清单"))
                .body("version", equalTo(2));
        given().get("/api/v1/measures/" + id).then().statusCode(200).body("status", equalTo("retired"));
        given().queryParam("status", "retired").get("/api/v1/measures").then().body("items.id", hasItems(id));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v2\"")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post("/api/v1/measures/" + id + "/retirement")
                .then()
                .spec(ProblemSpecs.problem(409));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v2\"")
                .contentType(ContentType.JSON)
                .body(input("复活"))
                .put("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(409));
    }

    @Test
    void concurrentWritersWithTheSameIfMatchCannotBothWin() throws Exception {
        String id = createMeasure("生态环境损害责任终身追究");
        int writers = 8;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "生态环境损害责任终身追究（第" + i + "稿）";
            calls.add(() -> given().auth()
                    .oauth2(EDITOR)
                    .header("If-Match", "\"v1\"")
                    .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                    .body(Map.of("name", name))
                    .patch("/api/v1/measures/" + id)
                    .statusCode());
        }
        List<Integer> statuses = Concurrently.run(writers, calls);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        given().get("/api/v1/measures/" + id).then().body("version", equalTo(2));
    }

    @Test
    void concurrentCreatesEachGetANumberOfTheirOwn() throws Exception {
        int creators = 8;
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < creators; i++) {
            String name = "同时新增的举措 " + i;
            calls.add(() -> create(input(name)));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Response created : Concurrently.run(creators, calls)) {
            numbers.add(created.then().statusCode(201).extract().<Integer>path("number"));
        }
        assertThat(numbers).doesNotHaveDuplicates().hasSize(creators);
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        String id = createMeasure("生态保护红线监管");
        String before = given().get("/api/v1/measures/" + id).then().extract().asString();
        String countBefore =
                given().queryParam("format", "csv").get("/api/v1/measures").asString();

        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\",")
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400))
                .body("type", endsWith("malformed-body"));
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body("{\"categoryId\": 9}")
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400));
        Map<String, Object> unknownCategory = new java.util.HashMap<>(input("x"));
        unknownCategory.put("categoryId", "C99");
        create(unknownCategory).then().spec(ProblemSpecs.problem(422, "categoryId"));
        Map<String, Object> unknownProvince = new java.util.HashMap<>(input("x"));
        unknownProvince.put("sourceProvinces", List.of("990000"));
        create(unknownProvince).then().spec(ProblemSpecs.problem(422, "sourceProvinces[0]"));
        Map<String, Object> emptyName = new java.util.HashMap<>(input(" "));
        create(emptyName).then().spec(ProblemSpecs.problem(400, "name"));
        Map<String, Object> controlCharacters = new java.util.HashMap<>(input("名称\u0007"));
        create(controlCharacters).then().spec(ProblemSpecs.problem(400, "name"));
        Map<String, Object> unknownField = new java.util.HashMap<>(input("x"));
        unknownField.put("priority", "high");
        create(unknownField).then().spec(ProblemSpecs.problem(400, "priority"));
        Map<String, Object> huge = new java.util.HashMap<>(input("x"));
        huge.put("content", "林".repeat(2 * 1024 * 1024 / 3 + 10));
        create(huge).then().spec(ProblemSpecs.problem(413));

        given().contentType(ContentType.JSON)
                .body(input("无令牌"))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(401))
                .header("WWW-Authenticate", "Bearer");
        given().auth()
                .oauth2(Tokens.withRoles("qinghai-clerk", Roles.PROVINCE_EDITOR))
                .contentType(ContentType.JSON)
                .body(input("无权限"))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(Tokens.expired("editor-li", Roles.CATALOGUE_EDITOR))
                .contentType(ContentType.JSON)
                .body(input("过期"))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(401));
        given().auth()
                .oauth2(Tokens.signedByStranger("editor-li", Roles.CATALOGUE_EDITOR))
                .contentType(ContentType.JSON)
                .body(input("伪造"))
                .post("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(401));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body("[1,2]")
                .put("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(400));
        given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.XML)
                .body("<m/>")
                .put("/api/v1/measures/" + id)
                .then()
                .spec(ProblemSpecs.problem(415));

        given().get("/api/v1/measures/" + id).then().body(equalTo(before));
        assertThat(given().queryParam("format", "csv").get("/api/v1/measures").asString())
                .isEqualTo(countBefore);
    }
}
