package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCatalogueIsListedWithItsDataDictionary() {
        given().get("/api/v1/exports")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("measures")))
                .body("items[0].columns.name", hasItem("frameworkArticles"))
                .body("items[0].columns.find { it.name == 'sourceProvinces' }.type", equalTo("list"))
                .body("items[0].downloads.csv", equalTo("/api/v1/exports/measures.csv"))
                .body("items[0].licence", equalTo("CC-BY-4.0"))
                .body("items[0].licenceUrl", equalTo("https://creativecommons.org/licenses/by/4.0/"));
    }

    @Test
    void theListingGivesEachDatasetsRowCountAndLastChange() {
        long rowsBefore =
                given().get("/api/v1/exports").then().extract().jsonPath().getLong("items[0].rows");
        String id = MeasureWriteTest.createMeasure("排污权有偿使用收入管理办法");
        String createdAt =
                given().get("/api/v1/measures/" + id).then().extract().path("updatedAt");
        given().get("/api/v1/exports")
                .then()
                .statusCode(200)
                .body("items[0].rows", equalTo((int) rowsBefore + 1))
                .body("items[0].lastChange", equalTo(createdAt));
        String csv = new String(given().get("/api/v1/exports/measures.csv").asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines()
                        .filter(line -> line.matches("^N[0-9A-Z]*-[0-9]+,.*"))
                        .count())
                .isEqualTo(rowsBefore + 1);
    }

    @Test
    void theWholeCatalogueDownloadsAsCsvAndAsNdjsonWithTheSameRecords() throws IOException {
        Response csv = given().get("/api/v1/exports/measures.csv")
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"measures.csv\"")
                .extract()
                .response();
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,listCode,number,categoryId,");
        List<String> rows = List.of(text.split("\r\n"));

        String[] lines = new String(
                        given().get("/api/v1/exports/measures.ndjson")
                                .then()
                                .statusCode(200)
                                .contentType("application/x-ndjson")
                                .extract()
                                .asByteArray(),
                        StandardCharsets.UTF_8)
                .split("\n");
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode measure = JSON.readTree(line);
            ids.add(measure.get("id").asText());
            assertThat(measure.get("departments").isArray()).isTrue();
        }
        int catalogue = given().get("/api/v1/measures?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
        assertThat(ids).hasSize(catalogue).contains("N2020-03", "N2020-90");
        assertThat(rows).hasSize(catalogue + 1);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("N2020-03,N2020,3,C01,"));
    }

    @Test
    void anUnknownDatasetOrFormatIsAProblem() {
        given().get("/api/v1/exports/budgets.csv").then().spec(ProblemSpecs.problem(404));
        given().get("/api/v1/exports/measures.xlsx").then().spec(ProblemSpecs.problem(404));
    }
}
