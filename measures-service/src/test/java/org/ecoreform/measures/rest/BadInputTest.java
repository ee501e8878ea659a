package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.ecoreform.platform.testing.BadInput;
import org.ecoreform.platform.testing.BadInput.Endpoint;
import org.junit.jupiter.api.Test;

/** The bad-input suite on every write endpoint of measures-service (see {@link BadInput}). */
@QuarkusTest
class BadInputTest {

    private static final String EDITOR = MeasureWriteTest.EDITOR;

    @Test
    void creatingAMeasure() {
        BadInput.check(
                Endpoint.json("POST", "/api/v1/measures", EDITOR, MeasureWriteTest.input("恶意输入测试")),
                BadInputTest::catalogue);
    }

    @Test
    void replacingPatchingAndRetiringAMeasure() {
        String id = MeasureWriteTest.createMeasure("待攻击的举措");
        String path = "/api/v1/measures/" + id;
        Supplier<String> state =
                () -> given().get(path).then().statusCode(200).extract().asString();
        Supplier<String> tag = () -> given().get(path).header("ETag");
        BadInput.check(
                Endpoint.json("PUT", path, EDITOR, MeasureWriteTest.input("替换后的名称"))
                        .withIfMatch(tag),
                state);
        BadInput.check(
                Endpoint.json(
                                "PATCH",
                                path,
                                EDITOR,
                                Map.of("name", "修补后的名称", "sourceProvinces", java.util.List.of("350000")))
                        .asMergePatch()
                        .withIfMatch(tag),
                state);
        BadInput.check(
                Endpoint.json("POST", path + "/retirement", EDITOR, Map.of("reason", "被新清单取代"))
                        .withIfMatch(tag),
                state);
        for (String method : new String[] {"PUT", "PATCH"}) {
            BadInput.checkHostileIds(method, "/api/v1/measures/{id}", EDITOR, MeasureWriteTest.input("x"));
        }
        BadInput.checkHostileIds("POST", "/api/v1/measures/{id}/retirement", EDITOR, Map.of("reason", "x"));
        BadInput.checkHostileIds("GET", "/api/v1/measures/{id}", EDITOR, null);
        // the framework links: a hostile measure or article id is a 4xx, and nothing changes
        String before = state.get();
        for (String method : new String[] {"PUT", "DELETE"}) {
            BadInput.checkHostileIds(method, "/api/v1/measures/{id}/framework/F2015-A05", EDITOR, null);
            BadInput.checkHostileIds(method, path + "/framework/{id}", EDITOR, null);
        }
        BadInput.checkHostileIds("GET", "/api/v1/framework/articles/{id}", EDITOR, null);
        BadInput.checkHostileIds("GET", "/api/v1/framework/systems/{id}", EDITOR, null);
        assertThat(state.get()).isEqualTo(before);
    }

    @Test
    void absurdPagingOnTheLists() {
        BadInput.checkPaging("/api/v1/measures");
    }

    @Test
    void markupAndSqlAreStoredVerbatimAndReturnedAsJsonData() {
        for (String text : BadInput.hostileTexts()) {
            Response created =
                    MeasureWriteTest.create(BadInput.replace(MeasureWriteTest.input("名称 " + text), "content", text));
            created.then().statusCode(201).contentType(ContentType.JSON);
            Response read = given().get(created.header("Location"));
            assertThat(read.contentType()).startsWith("application/json");
            assertThat(read.jsonPath().getString("name")).isEqualTo("名称 " + text);
            assertThat(read.jsonPath().getString("content")).isEqualTo(text);
        }
    }

    /** The whole catalogue as listed: any stray create would show here. */
    private static String catalogue() {
        return given().queryParam("limit", 500)
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
