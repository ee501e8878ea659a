package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.ecoreform.adoption.AdoptionTesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coverage of a province of its own (Liaoning, which no other test writes to), so every count is exact. */
@QuarkusTest
class CoverageTest {

    private static final String LIAONING = "210000";
    /** Two green-finance rows and one forest row, as a province's notice lists them. */
    private static final String NOTICE = String.join(
            "\n",
            "名称\t来源\t落实措施\t责任单位",
            "九、绿色金融\t\t\t",
            "1. “福林贷”中关于林农小额信用贷款的相关举措\t福建省\t推广林农小额信用贷款。\t省林草局",
            "2. 林业金融产品创新\t江西省\t建立林业金融服务平台。\t省林草局");

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    private static void importLiaoningsNotice() {
        AdoptionTesting.importOwnNotice("210000-2021-3", LIAONING, "辽宁省发展和改革委员会", "辽发改〔2021〕3号", NOTICE, 2);
    }

    @Test
    void aProvincesCoverageCountsItsAdoptedMeasuresAgainstTheCatalogueByCategory() {
        importLiaoningsNotice();

        JsonPath coverage = given().queryParam("province", LIAONING)
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .body("province.nameZh", equalTo("辽宁省"))
                .extract()
                .jsonPath();

        assertThat(coverage.getInt("adopted")).isEqualTo(2);
        Map<String, Object> greenFinance = coverage.getMap("categories.find { it.id == 'C09' }");
        assertThat(greenFinance)
                .containsEntry("nameZh", "绿色金融")
                .containsEntry("catalogue", 9)
                .containsEntry("adopted", 2);
        assertThat(coverage.getList("categories.findAll { it.id != 'C09' }.adopted", Integer.class))
                .containsOnly(0);
        List<Integer> perCategory = coverage.getList("categories.catalogue", Integer.class);
        assertThat(perCategory.stream().mapToInt(Integer::intValue).sum()).isEqualTo(coverage.getInt("catalogue"));
    }

    @Test
    void aProvinceWithoutAPlanHasAdoptedNothing() {
        int catalogue = given().queryParam("province", LIAONING)
                .get("/api/v1/adoptions/coverage")
                .then()
                .extract()
                .path("catalogue");
        given().queryParam("province", "110000")
                .get("/api/v1/adoptions/coverage")
                .then()
                .statusCode(200)
                .body("province.nameZh", equalTo("北京市"))
                .body("adopted", equalTo(0))
                .body("catalogue", equalTo(catalogue))
                .body("categories.find { it.id == 'C01' }.catalogue", equalTo(6));
    }
}
