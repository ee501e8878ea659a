package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {

    @Test
    void listsTheNationalListWithItsSourceDocument() {
        given().get("/api/v1/lists")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("N2020"))
                .body("items[0].documentNumber", equalTo("发改环资〔2020〕1793号"))
                .body("items[0].issuedOn", equalTo("2020-11-25"))
                .body("items[0].issuer", equalTo("国家发展改革委"));
    }

    @Test
    void categoriesCarryBothLabelsAndTheirMeasureCounts() {
        JsonPath body = given().get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("items", hasSize(14))
                .body("items[8].id", equalTo("C09"))
                .body("items[8].nameZh", equalTo("绿色金融"))
                .body("items[8].nameEn", equalTo("Green finance"))
                .extract()
                .jsonPath();
        // Write tests add measures to C13 only; every other count is the list's own.
        List<Integer> counts = body.getList("items.measureCount", Integer.class);
        assertThat(counts.subList(0, 12)).containsExactly(6, 6, 7, 3, 7, 5, 9, 13, 9, 6, 5, 8);
        assertThat(counts.get(13)).isEqualTo(3);
        for (Map<String, Object> category : body.<Map<String, Object>>getList("items")) {
            int listed = given().queryParam("category", category.get("id"))
                    .queryParam("limit", 500)
                    .get("/api/v1/measures")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items")
                    .size();
            assertThat(listed)
                    .as("measures listed under %s", category.get("id"))
                    .isEqualTo(category.get("measureCount"));
        }
    }

    @Test
    void departmentsMergeTheTwoSpellingsOfTheHousingMinistry() {
        JsonPath body = given().get("/api/v1/departments")
                .then()
                .statusCode(200)
                .body("items", hasSize(22))
                .extract()
                .jsonPath();
        Map<String, Object> mohurd = body.getMap("items.find { it.id == 'mohurd' }");
        assertThat(mohurd)
                .containsEntry("nameZh", "住房和城乡建设部")
                .containsEntry("nameEn", "Ministry of Housing and Urban-Rural Development")
                .containsEntry("aliases", List.of("住房城乡建设部"))
                .containsEntry("measureCount", 13);
        assertThat(body.getList("items.findAll { it.nameZh == '住房城乡建设部' }")).isEmpty();
    }

    @Test
    void provincesAreAllThirtyOneWithThePilotZonesFlagged() {
        given().get("/api/v1/provinces")
                .then()
                .statusCode(200)
                .body("items", hasSize(31))
                .body("items.findAll { it.pilotZone }.code", contains("350000", "360000", "460000", "520000"))
                .body("items.find { it.code == '630000' }.nameZh", equalTo("青海省"))
                .body("items.find { it.code == '630000' }.nameEn", equalTo("Qinghai"))
                .body("items.find { it.code == '630000' }.pilotZone", equalTo(false));
    }

    @Test
    void codelistsAnswerConditionalRequests() {
        String etag = given().get("/api/v1/provinces")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        given().header("If-None-Match", etag).get("/api/v1/provinces").then().statusCode(304);
        given().header("If-None-Match", "\"stale\"")
                .get("/api/v1/provinces")
                .then()
                .statusCode(200);
    }
}
