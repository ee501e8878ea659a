package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.ecoreform.adoption.AdoptionTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageTest {

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void qinghaiCoverageComparesAdoptedWithTheCatalogueByCategory() {
        JsonPath coverage = given().queryParam("province", "630000")
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .body("province.nameZh", equalTo("青海省"))
                .extract()
                .jsonPath();
        Map<String, Object> greenFinance = coverage.getMap("categories.find { it.id == 'C09' }");
        assertThat(greenFinance).containsEntry("nameZh", "绿色金融").containsEntry("catalogue", 9);
        assertThat((Integer) greenFinance.get("adopted")).isBetween(5, 9);
        Map<String, Object> naturalResources = coverage.getMap("categories.find { it.id == 'C01' }");
        assertThat(naturalResources).containsEntry("adopted", 3).containsEntry("catalogue", 6);
        assertThat(coverage.getInt("adopted")).isGreaterThanOrEqualTo(53);
        given().queryParam("province", "110000")
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .body("adopted", equalTo(0))
                .body("catalogue", equalTo(coverage.getInt("catalogue")));
    }
}
