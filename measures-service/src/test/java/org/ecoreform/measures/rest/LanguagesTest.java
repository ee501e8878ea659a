package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.Test;

/** Names in the language asked: lang first, then Accept-Language; both names always. */
@QuarkusTest
class LanguagesTest {

    @Test
    void aReadInALanguageCarriesNameBesideEachPairWithItsOwnTag() {
        given().queryParam("lang", "en")
                .get("/api/v1/measures/N2020-57")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .header("ETag", "\"v1-en\"")
                .body("name", equalTo("福林贷"))
                .body("category.name", equalTo("Green finance"))
                .body("category.nameZh", equalTo("绿色金融"))
                .body("sourceProvinces[0].name", equalTo("Fujian"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .get("/api/v1/measures/N2020-57")
                .then()
                .header("Content-Language", "zh")
                .header("ETag", "\"v1-zh\"")
                .body("category.name", equalTo("绿色金融"));
        given().get("/api/v1/measures/N2020-57").then().header("ETag", "\"v1\"").body("category", not(hasKey("name")));
        // a list, tagged by content: the tag of the English answer is another representation's
        String english = given().queryParam("lang", "en")
                .get("/api/v1/categories")
                .then()
                .extract()
                .header("ETag");
        given().queryParam("lang", "en")
                .get("/api/v1/categories")
                .then()
                .body("items.find { it.id == 'C09' }.name", equalTo("Green finance"));
        given().queryParam("lang", "en")
                .header("If-None-Match", english)
                .get("/api/v1/categories")
                .then()
                .statusCode(304);
        given().header("If-None-Match", english)
                .get("/api/v1/categories")
                .then()
                .statusCode(200);
        given().queryParam("lang", "fr")
                .get("/api/v1/measures/N2020-57")
                .then()
                .spec(ProblemSpecs.problem(400, "lang"));
    }

    @Test
    void aTagReadInALanguageIsAnIfMatchLikeAnyOther() {
        String id = MeasureWriteTest.createMeasure("排污权交易储备管理办法");
        String tag = given().queryParam("lang", "en")
                .get("/api/v1/measures/" + id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(MeasureWriteTest.EDITOR)
                .header("If-Match", tag)
                .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                .body("{\"name\":\"排污权交易储备管理规定\"}")
                .patch("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
    }
}
