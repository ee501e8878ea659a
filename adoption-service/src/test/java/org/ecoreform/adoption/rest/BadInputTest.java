package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.BadInput;
import org.ecoreform.platform.testing.BadInput.Endpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bad-input suite on every write endpoint of adoption-service (see {@link BadInput}). */
@QuarkusTest
class BadInputTest {

    private static final String EDITOR = AdoptionTesting.QINGHAI_EDITOR;

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void creatingARecord() {
        BadInput.check(
                Endpoint.json("POST", "/api/v1/adoptions", EDITOR, AdoptionWriteTest.input("N2020-58")),
                () -> given().queryParam("province", AdoptionTesting.QINGHAI)
                        .queryParam("limit", 500)
                        .get("/api/v1/adoptions")
                        .asString());
    }

    @Test
    void updatingTransitioningAndWithdrawingARecord() {
        String id = AdoptionWriteTest.createRecord("N2020-59");
        String path = "/api/v1/adoptions/" + id;
        Supplier<String> state =
                () -> given().get(path).then().statusCode(200).extract().asString();
        Supplier<String> tag = () -> given().get(path).header("ETag");
        BadInput.check(
                Endpoint.json("PUT", path, EDITOR, AdoptionWriteTest.input("N2020-59"))
                        .withIfMatch(tag),
                state);
        BadInput.check(
                Endpoint.json(
                                "POST",
                                path + "/transitions",
                                EDITOR,
                                Map.of("status", "in-progress", "narrative", "启动实施"))
                        .withIfMatch(tag),
                state);
        BadInput.check(
                Endpoint.json("POST", path + "/withdrawal", EDITOR, Map.of("narrative", "并入新方案"))
                        .withIfMatch(tag),
                state);
        BadInput.checkHostileIds("PUT", "/api/v1/adoptions/{id}", EDITOR, AdoptionWriteTest.input("N2020-59"));
        // a progress report with its evidence
        Map<String, Object> report = new java.util.HashMap<>(
                Map.of("status", "in-progress", "effectiveOn", "2022-03-01", "narrative", "省林草局印发实施方案"));
        report.put(
                "evidence",
                java.util.List.of(Map.of("documentNumber", "青林发〔2022〕8号", "title", "实施方案", "issuedOn", "2022-03-01")));
        BadInput.check(Endpoint.json("POST", path + "/progress", EDITOR, report).withIfMatch(tag), state);
        BadInput.checkHostileIds("POST", "/api/v1/adoptions/{id}/progress", EDITOR, report);
        BadInput.checkHostileIds("POST", "/api/v1/adoptions/{id}/withdrawal", EDITOR, Map.of("narrative", "x"));
        BadInput.checkHostileIds("GET", "/api/v1/adoptions/{id}", EDITOR, null);
    }

    @Test
    void importingANotice() {
        Map<String, Object> plan = Map.of(
                "province",
                AdoptionTesting.QINGHAI,
                "issuingBody",
                "青海省发展和改革委员会",
                "documentNumber",
                "青发改生态〔2099〕1号",
                "issuedOn",
                "2099-01-01",
                "title",
                "测试通知");
        Supplier<String> state = () -> given().get("/api/v1/imports?limit=500").asString()
                + given().get("/api/v1/plans").asString();
        BadInput.check(
                Endpoint.json(
                        "POST",
                        "/api/v1/imports",
                        EDITOR,
                        Map.of("plan", plan, "text", "名称\t来源\t落实措施\t责任单位\n一、绿色金融\t\t\t\n1. 福林贷\t福建省\t推广林权抵押贷款。\t省林草局")),
                state);
        // the nested plan gets the same treatment as top-level fields
        String before = state.get();
        for (String field : new String[] {"issuingBody", "documentNumber", "title"}) {
            Response response = given().auth()
                    .oauth2(EDITOR)
                    .contentType("application/json")
                    .body(Map.of("plan", BadInput.replace(plan, field, "通知\u0000"), "text", "名称\t来源\t落实措施\t责任单位"))
                    .post("/api/v1/imports");
            assertThat(response.statusCode()).as(field).isEqualTo(400);
        }
        assertThat(state.get()).isEqualTo(before);
    }

    @Test
    void absurdPagingOnTheLists() {
        BadInput.checkPaging("/api/v1/adoptions");
    }

    @Test
    void markupAndSqlAreStoredVerbatimAndReturnedAsJsonData() {
        for (String text : BadInput.hostileTexts()) {
            Response created = AdoptionWriteTest.create(
                    EDITOR, BadInput.replace(AdoptionWriteTest.input("N2020-60"), "actions", text));
            created.then().statusCode(201);
            Response read = given().get(created.header("Location"));
            assertThat(read.contentType()).startsWith("application/json");
            assertThat(read.jsonPath().getString("actions")).isEqualTo(text);
        }
    }
}
