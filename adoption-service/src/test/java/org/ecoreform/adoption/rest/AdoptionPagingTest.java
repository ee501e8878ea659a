package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdoptionPagingTest {

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void pagesReturnEachRecordOnceWithNextLinks() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("province", "630000").queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/adoptions");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"");
            }
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        for (int row = 1; row <= 52; row++) {
            assertThat(seen).contains(String.format("630000-2021-106-%02d", row));
        }
        given().queryParam("cursor", "Zm9yZ2Vk")
                .get("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(400, "cursor"));
    }

    @Test
    void recordsAndPlansAnswerConditionalRequests() {
        String etag = given().get("/api/v1/adoptions/630000-2021-106-31")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).matches("\"v\\d+\"");
        given().header("If-None-Match", etag)
                .get("/api/v1/adoptions/630000-2021-106-31")
                .then()
                .statusCode(304);
        String plans =
                given().get("/api/v1/plans").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", plans).get("/api/v1/plans").then().statusCode(304);
    }
}
