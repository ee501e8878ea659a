package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureSearchTest {

    @Test
    void listsTheNineGreenFinanceMeasures() {
        given().queryParam("category", "C09")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items", hasSize(9))
                .body(
                        "items.id",
                        contains(
                                "N2020-57",
                                "N2020-58",
                                "N2020-59",
                                "N2020-60",
                                "N2020-61",
                                "N2020-62",
                                "N2020-63",
                                "N2020-64",
                                "N2020-65"))
                .body("items[0].name", equalTo("福林贷"))
                .body("items.category.nameZh", everyItem(equalTo("绿色金融")))
                .body("nextCursor", nullValue());
    }

    @Test
    void aKnownTypoStaysAsPublishedAndItsCorrectedFormFindsTheMeasure() {
        given().get("/api/v1/measures/N2020-25")
                .then()
                .statusCode(200)
                .body("name", equalTo("筓筓湖综合治理模式"))
                .body("corrections[0].published", equalTo("筓筓湖"))
                .body("corrections[0].corrected", equalTo("筼筜湖"))
                .body("corrections[0].note", org.hamcrest.Matchers.containsString("kept as published"));
        given().queryParam("q", "筼筜湖")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", contains("N2020-25"));
        given().queryParam("q", "筓筓湖")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", contains("N2020-25"));
        given().get("/api/v1/measures/N2020-01").then().body("corrections", nullValue());
    }

    @Test
    void findsChineseSubstringsInNameAndContent() {
        given().queryParam("q", "林票")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("N2020-03"))
                .body("items[0].name", equalTo("“林票”制度"));
        // only in the content of N2020-57 (福林贷), not in its name
        given().queryParam("q", "村委会")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("N2020-57"));
        given().queryParam("q", "100%_绝不存在")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void filtersBySourceProvinceDepartmentAndStatus() {
        given().queryParam("sourceProvince", "460000")
                .queryParam("department", "mof")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", contains("N2020-55"));
        given().queryParam("department", "mohurd")
                .queryParam("category", "C04")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items.id", contains("N2020-20", "N2020-21", "N2020-22"));
        given().queryParam("sourceProvince", "630000")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("status", "active")
                .queryParam("category", "C12")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items", hasSize(8));
    }

    @Test
    void pagesThroughTheCatalogueReturningEachMeasureOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/api/v1/measures");
            response.then().statusCode(200);
            List<String> ids = response.jsonPath().getList("items.id", String.class);
            assertThat(ids.size()).isLessThanOrEqualTo(7);
            seen.addAll(ids);
            cursor = response.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertThat(response.header("Link")).contains("cursor=" + cursor).endsWith("rel=\"next\"");
            } else {
                assertThat(response.header("Link")).isNull();
            }
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(new HashSet<>(seen)).as("no duplicates").hasSize(seen.size());
        List<String> national = IntStream.rangeClosed(1, 90)
                .mapToObj(n -> String.format("N2020-%02d", n))
                .toList();
        assertThat(seen).containsAll(national);
        assertThat(seen.subList(0, 90)).isEqualTo(national);
    }

    @Test
    void exportsCsvForDataTeams() {
        String csv = given().accept("text/csv")
                .queryParam("category", "C09")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).startsWith("\uFEFFid,listCode,number,categoryId,categoryNameZh");
        assertThat(lines.get(1)).startsWith("N2020-57,N2020,57,C09,绿色金融,Green finance,福林贷,");
        assertThat(lines.get(1)).contains(",350000,福建省,pboc;cbirc;mnr;nfga,");
        String viaFormat = given().queryParam("format", "csv")
                .queryParam("category", "C09")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(viaFormat).isEqualTo(csv);
    }

    @Test
    void csvExportHasEveryMeasureWithQuotedFieldsIntact() {
        String csv = given().queryParam("format", "csv")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Set<String> ids = new HashSet<>();
        for (String line : csv.split("\r\n")) {
            ids.add(line.substring(0, line.indexOf(',')));
        }
        for (int n = 1; n <= 90; n++) {
            assertThat(ids).contains(String.format("N2020-%02d", n));
        }
    }

    @Test
    void oneMeasureHasAVersionTagAndAnswers304() {
        Response response = given().get("/api/v1/measures/N2020-03");
        response.then()
                .statusCode(200)
                .body("name", equalTo("“林票”制度"))
                .body("category.id", equalTo("C01"))
                .body("sourceProvinces[0].id", equalTo("350000"))
                .body("departments.id", contains("nfga"))
                .body("provenance.document", equalTo("发改环资〔2020〕1793号"))
                .body("provenance.line", equalTo(33));
        String etag = response.header("ETag");
        assertThat(etag).matches("\"v\\d+\"");
        given().header("If-None-Match", etag)
                .get("/api/v1/measures/N2020-03")
                .then()
                .statusCode(304)
                .header("ETag", etag);
    }

    @Test
    void collectionsAnswer304WhenUnchanged() {
        String etag = given().queryParam("category", "C09")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().queryParam("category", "C09")
                .header("If-None-Match", etag)
                .get("/api/v1/measures")
                .then()
                .statusCode(304);
        // If-None-Match compares weakly (RFC 9110): a cache that holds the tag as weak, or among others, gets 304 too
        given().queryParam("category", "C09")
                .header("If-None-Match", "\"other\", W/" + etag)
                .get("/api/v1/measures")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "W/\"v1\"")
                .get("/api/v1/measures/N2020-03")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "W/\"v0\"")
                .get("/api/v1/measures/N2020-03")
                .then()
                .statusCode(200);
    }

    @Test
    void rejectsMalformedFiltersPagingAndIds() {
        given().queryParam("category", "green")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "category"));
        given().queryParam("status", "deleted")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "status"));
        given().queryParam("limit", 0).get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "limit"));
        given().queryParam("limit", 501).get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "limit"));
        given().queryParam("limit", "ten").get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "limit"));
        given().queryParam("cursor", "not-a-cursor!")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "cursor"));
        given().queryParam("cursor", "azE6").get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "cursor"));
        given().queryParam("format", "xml").get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "format"));
        given().get("/api/v1/measures/N1999-01")
                .then()
                .spec(ProblemSpecs.problem(404))
                .body("detail", containsString("N1999-01"));
        given().get("/api/v1/measures/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
        given().get("/api/v1/nothing-here").then().spec(ProblemSpecs.problem(404));
    }

    @Test
    void countTrueSaysHowManyMatchInAll() {
        given().queryParam("category", "C09")
                .queryParam("limit", 2)
                .queryParam("count", "true")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(9));
        given().queryParam("category", "C09").get("/api/v1/measures").then().body("$", not(hasKey("total")));
        given().queryParam("count", "yes").get("/api/v1/measures").then().spec(ProblemSpecs.problem(400, "count"));
    }

    @Test
    void anUnknownQueryParameterIsRefusedByNameWithTheKnownOnes() {
        given().queryParam("sourceProvinces", "360000")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "sourceProvinces"))
                .body("detail", containsString("unknown query parameter sourceProvinces"))
                .body(
                        "detail",
                        containsString(
                                "this operation takes: category, count, cursor, department, format, frameworkSystem, "
                                        + "lang, limit, q, sourceProvince, status"));
        given().queryParam("page", "2")
                .queryParam("size", "10")
                .get("/api/v1/categories")
                .then()
                .spec(ProblemSpecs.problem(400, "page"))
                .body("errors.field", org.hamcrest.Matchers.contains("page", "size"))
                .body("detail", containsString("this operation takes: lang"));
        given().queryParam("sourceProvince", "360000")
                .get("/api/v1/measures")
                .then()
                .statusCode(200);
        // a parameter that takes one value, given twice, is not read as its first value
        given().queryParam("limit", "5", "10")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "limit"))
                .body("detail", containsString("limit given more than once"));
    }

    @Test
    void severalValuesOfAFilterAreAlternativesRepeatedOrCommaSeparated() {
        List<String> greenFinance = ids(given().queryParam("category", "C09"));
        List<String> urban = ids(given().queryParam("category", "C04"));
        List<String> both = new ArrayList<>(urban);
        both.addAll(greenFinance);
        assertThat(greenFinance).hasSize(9);
        assertThat(ids(given().queryParam("category", "C04,C09"))).isEqualTo(both);
        assertThat(ids(given().queryParam("category", "C09", "C04"))).isEqualTo(both);
        // alternatives within a filter, AND across filters
        assertThat(ids(given().queryParam("category", "C04,C09").queryParam("department", "mohurd")))
                .containsExactly("N2020-20", "N2020-21", "N2020-22");
        assertThat(ids(given().queryParam("status", "active,retired")))
                .isEqualTo(ids(given()))
                .hasSizeGreaterThanOrEqualTo(90);
        given().queryParam("category", "C09,X1")
                .get("/api/v1/measures")
                .then()
                .spec(ProblemSpecs.problem(400, "category"))
                .body("errors[0].message", containsString("must be a category id"));
    }

    @Test
    void qSearchesTheCategoryAndDepartmentNamesInBothLanguages() {
        // forest is in no Chinese text: it finds what the National Forestry and Grassland Administration guides
        List<String> forestry = ids(given().queryParam("department", "nfga"));
        assertThat(forestry).isNotEmpty();
        assertThat(ids(given().queryParam("q", "forest"))).isEqualTo(forestry);
        assertThat(ids(given().queryParam("q", "Green Finance"))).isEqualTo(ids(given().queryParam("category", "C09")));
        // and the Chinese names too: 绿色金融 is the category's name, found in no measure's own text
        assertThat(ids(given().queryParam("q", "绿色金融"))).containsAll(ids(given().queryParam("category", "C09")));
    }

    private static List<String> ids(RequestSpecification request) {
        return request.queryParam("limit", "500")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }
}
