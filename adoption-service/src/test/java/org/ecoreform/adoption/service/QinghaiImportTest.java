package org.ecoreform.adoption.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QinghaiImportTest {

    /** Row of 青发改生态〔2021〕106号 → the national measures it adopts (checked by hand against both documents). */
    private static final Map<Integer, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        int[] single = {
            2, 4, 5, 7, 8, 10, 12, 13, 14, 16, 19, 20, 23, 24, 30, 33, 34, 35, 37, 38, 40, 42, 43, 44, 48, 49, 0, 52,
            53, 54, 57, 58, 59, 64, 65, 66, 73, 74, 75, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 89, 90
        };
        for (int row = 1; row <= single.length; row++) {
            EXPECTED.put(
                    row,
                    row == 27
                            ? List.of("N2020-46", "N2020-50")
                            : List.of(String.format("N2020-%02d", single[row - 1])));
        }
    }

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void thePlanKeepsItsDocumentMetadata() {
        given().get("/api/v1/plans/" + AdoptionTesting.PLAN)
                .then()
                .statusCode(200)
                .body("province.id", equalTo("630000"))
                .body("province.nameZh", equalTo("青海省"))
                .body("documentNumber", equalTo("青发改生态〔2021〕106号"))
                .body("issuedOn", equalTo("2021-02-25"))
                .body("issuingBody", equalTo("青海省发展和改革委员会"))
                .body("sourceFile", equalTo("002_05979245d1a96796.txt"));
    }

    @Test
    void everyOneOfTheFiftyTwoRowsIsLinkedToItsNationalMeasures() {
        JsonPath body = given().queryParam("province", "630000")
                .queryParam("limit", 500)
                .queryParam("q", "")
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> imported = body.<Map<String, Object>>getList("items").stream()
                // the notice's own rows: those added through the API carry its document but no line of it
                .filter(r -> ((Map<?, ?>) r.get("provenance")).get("line") != null)
                .toList();
        assertThat(imported).hasSize(52);
        for (Map<String, Object> record : imported) {
            int row = (Integer) record.get("rowNumber");
            List<String> linked = ((List<?>) record.get("measures"))
                    .stream().map(m -> (String) ((Map<?, ?>) m).get("id")).toList();
            assertThat(linked).as("row %d (%s)", row, record.get("name")).isEqualTo(EXPECTED.get(row));
        }
    }

    @Test
    void responsibleUnitsAreACodelistWithAliasesALeadAndASearch() {
        // 省住房城乡建设厅 (row 6) and 省住房和城乡建设厅 (rows 12, 15) are one unit
        assertThat(given().queryParam("province", "630000")
                        .queryParam("unit", "housing-construction")
                        .queryParam("limit", 500)
                        .get("/api/v1/adoptions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.rowNumber", Integer.class))
                .containsExactly(6, 12, 15);
        assertThat(given().queryParam("province", "630000")
                        .queryParam("unit", "省住房城乡建设厅")
                        .queryParam("limit", 500)
                        .get("/api/v1/adoptions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.rowNumber", Integer.class))
                .containsExactly(6, 12, 15);
        given().get("/api/v1/adoptions/630000-2021-106-12")
                .then()
                .statusCode(200)
                .body("units.id", equalTo(List.of("housing-construction", "development-reform", "government-offices")))
                // the notice marks no unit 牵头: none leads, the first no more than the others
                .body("units.lead", equalTo(List.of(false, false, false)))
                .body("units.kind", equalTo(List.of("department", "department", "department")))
                .body("units[2].written", equalTo("省直机关事务管理局"));
        // "省发展改革委 等相关单位": the commission, and others
        given().get("/api/v1/adoptions/630000-2021-106-49")
                .then()
                .statusCode(200)
                .body("responsibleUnits[1]", equalTo("省发展改革委 等相关单位"))
                .body("units[1].id", equalTo("development-reform"))
                .body("units[1].andOthers", equalTo(true));
        given().queryParam("unit", "省不存在厅").get("/api/v1/adoptions").then().spec(ProblemSpecs.problem(400, "unit"));
        // a national body's branch under its own province's name; a leading group's members stay a group
        given().get("/api/v1/adoptions/630000-2021-106-31")
                .then()
                .body("units[0].id", equalTo("pboc-xining"))
                .body("units[0].nameZh", equalTo("中国人民银行西宁中心支行"))
                .body("units[0].kind", equalTo("branch"));
        given().get("/api/v1/adoptions/630000-2021-106-44")
                .then()
                .body("units[0].id", equalTo("damage-compensation-group"))
                .body("units[0].kind", equalTo("group"));
        io.restassured.path.json.JsonPath units = given().get("/api/v1/responsible-units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(units.getInt("items.find { it.id == 'housing-construction' }.records"))
                .isGreaterThanOrEqualTo(3);
        assertThat(units.getList("items.find { it.id == 'housing-construction' }.aliases", String.class))
                .contains("省住房城乡建设厅");
        assertThat(units.getString("items.find { it.id == 'cbirc-qinghai' }.province.id"))
                .isEqualTo("630000");
        assertThat(units.getString("items.find { it.id == 'cbirc-qinghai' }.kind"))
                .isEqualTo("branch");
        assertThat(units.getInt("items.find { it.id == 'cbirc-qinghai' }.records"))
                .isEqualTo(1);
    }

    @Test
    void rowsKeepTheirPartQuotesCleanTextAndProvenance() {
        given().get("/api/v1/adoptions/630000-2021-106-01")
                .then()
                .statusCode(200)
                .body("scope", equalTo("part"))
                .body("adoptedPart", equalTo("关于加快推进国家湿地公园确权登记的相关举措"))
                .body("responsibleUnits", equalTo(List.of("省林草局")))
                .body("provenance.line", equalTo(486))
                .body("history[0].status", equalTo("planned"));
        given().get("/api/v1/adoptions/630000-2021-106-27")
                .then()
                .statusCode(200)
                .body("scope", equalTo("whole"))
                .body("measures.id", equalTo(List.of("N2020-46", "N2020-50")))
                .body("sourceProvinces.id", equalTo(List.of("360000", "520000")));
        String csv = given().queryParam("format", "csv")
                .queryParam("province", "630000")
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).doesNotContain("<p>").doesNotContain("</p>");
        JsonPath all = given().queryParam("province", "630000")
                .queryParam("limit", 500)
                .get("/api/v1/adoptions")
                .jsonPath();
        // the imported rows only: other tests store markup through the API on purpose (kept verbatim)
        String imported = "items.findAll { it.provenance.line != null }";
        assertThat(all.getList(imported + ".actions", String.class))
                .hasSize(52)
                .allSatisfy(a -> assertThat(a).doesNotContain("<", "&nbsp;"));
        assertThat(all.getList(imported + ".name", String.class))
                .allSatisfy(a -> assertThat(a).doesNotContain("<"));
    }

    @Test
    void theImportReportIsStoredAndServed() {
        JsonPath runs = given().queryParam("plan", AdoptionTesting.PLAN)
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(runs.getList("items")).hasSize(1);
        String id = runs.getString("items[0].id");
        given().get("/api/v1/imports/" + id)
                .then()
                .statusCode(200)
                .body("committed", equalTo(true))
                .body("summary.rows", equalTo(52))
                .body("summary.matched", equalTo(52))
                .body("summary.uncertain", equalTo(0))
                .body("summary.stored", equalTo(52))
                .body("rows.find { it.rowNumber == 4 }.links[0].measureId", equalTo("N2020-07"))
                .body("rows.find { it.rowNumber == 4 }.links[0].score", equalTo(0.968f));
    }

    @Test
    void filtersByMeasureCategoryAndStatus() {
        given().queryParam("measure", "N2020-57")
                .queryParam("province", "630000")
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of("630000-2021-106-31")));
        // other tests add records to this plan through the API; the imported ones carry a line of the notice
        given().queryParam("category", "C09")
                .queryParam("province", "630000")
                .get("/api/v1/adoptions")
                .then()
                .statusCode(200)
                .body("items.findAll { it.provenance.line != null }.rowNumber", equalTo(List.of(31, 32, 33, 34, 35)));
        given().get("/api/v1/measures/N2020-46/adopters")
                .then()
                .statusCode(200)
                .body("items.recordId", equalTo(List.of("630000-2021-106-27")))
                .body("items[0].province.nameEn", equalTo("Qinghai"));
        given().get("/api/v1/measures/N2020-99/adopters").then().statusCode(404);
    }
}
