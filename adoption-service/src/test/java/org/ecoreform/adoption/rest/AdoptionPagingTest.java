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
    void severalStatusesAreAlternatives() {
        List<String> planned = ids("/api/v1/adoptions?province=630000&status=planned&limit=500");
        List<String> inProgress = ids("/api/v1/adoptions?province=630000&status=in-progress&limit=500");
        List<String> either = ids("/api/v1/adoptions?province=630000&status=planned,in-progress&limit=500");
        assertThat(planned).isNotEmpty();
        assertThat(either)
                .hasSize(planned.size() + inProgress.size())
                .containsAll(planned)
                .containsAll(inProgress);
        assertThat(ids("/api/v1/adoptions?province=630000&status=in-progress&status=planned&limit=500"))
                .isEqualTo(either);
        given().get("/api/v1/adoptions?status=planned,done").then().spec(ProblemSpecs.problem(400, "status"));
    }

    @Test
    void qSearchesTheAdoptedMeasuresNamesAndCategoriesInBothLanguages() {
        List<String> greenFinance = ids("/api/v1/adoptions?province=630000&category=C09&limit=500");
        assertThat(greenFinance).isNotEmpty();
        assertThat(ids("/api/v1/adoptions?province=630000&q=green finance&limit=500"))
                .isEqualTo(greenFinance);
        // a national measure's own name finds the records adopting it (福林贷 is N2020-57's)
        List<String> fulindai = ids("/api/v1/adoptions?province=630000&measure=N2020-57&limit=500");
        assertThat(ids("/api/v1/adoptions?province=630000&q=福林贷&limit=500")).containsAll(fulindai);
    }

    @Test
    void plansAndAdoptersAreCursorPagedLikeEveryList() {
        List<String> plans = ids("/api/v1/plans?limit=500");
        assertThat(plans).contains("630000-2021-106");
        assertThat(everyPage("/api/v1/plans", "id")).isEqualTo(plans);
        assertThat(ids("/api/v1/plans?province=630000&limit=500")).allMatch(id -> id.startsWith("630000-"));
        given().get("/api/v1/plans?count=true&limit=1")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("total", org.hamcrest.Matchers.equalTo(plans.size()));
        List<String> adopters = given().get("/api/v1/measures/N2020-57/adopters?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .path("items.recordId");
        assertThat(adopters).isNotEmpty();
        assertThat(everyPage("/api/v1/measures/N2020-57/adopters", "recordId")).isEqualTo(adopters);
    }

    /** Follows nextCursor one item at a time and gathers each item's key. */
    private static List<String> everyPage(String path, String key) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items." + key, String.class));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null && seen.size() < 1000);
        return seen;
    }

    private static List<String> ids(String path) {
        return given().get(path).then().statusCode(200).extract().path("items.id");
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
