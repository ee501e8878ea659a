package org.ecoreform.indicators.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ecoreform.indicators.domain.Target;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceImportTest {

    @Inject
    ReferenceDataLoader loader;

    @Test
    void importsTheTargetsOfBothPlansWithTheirSentences() {
        long imported = QuarkusTransaction.requiringNew()
                .call(() -> Target.count("provenanceFile", "001_b109216fcd3a97d1.txt"));
        assertThat(imported).isEqualTo(38); // Jiangxi 15, Guizhou 23
        given().get("/api/v1/targets/360000-forest-coverage-2020")
                .then()
                .statusCode(200)
                .body("comparator", equalTo("≥"))
                .body("value", equalTo(63))
                .body("unit", equalTo("%"))
                .body("year", equalTo(2020))
                .body("sentence", equalTo("全省森林覆盖率稳定在63%"))
                .body("section", equalTo("（三）主要目标"))
                .body("indicator.direction", equalTo("higher"))
                .body("province.nameZh", equalTo("江西省"))
                .body("provenance.file", equalTo("001_b109216fcd3a97d1.txt"))
                .body("provenance.line", equalTo(19));
        given().get("/api/v1/targets/360000-pm25-annual-mean-2020")
                .then()
                .statusCode(200)
                .body("comparator", equalTo("≤"))
                .body("value", equalTo(39))
                .body("unit", equalTo("µg/m³"))
                .body("indicator.direction", equalTo("lower"));
        given().get("/api/v1/targets/360000-inferior-class-v-water-2020")
                .then()
                .statusCode(200)
                .body("comparator", equalTo("eliminate"));
        given().get("/api/v1/targets/360000-soil-erosion-2020")
                .then()
                .statusCode(200)
                .body("comparator", equalTo("decrease"))
                .body("value", nullValue());
        given().get("/api/v1/targets/520000-biodiversity-protection-2020")
                .then()
                .statusCode(200)
                .body("comparator", equalTo("qualitative"))
                .body("attainment.status", equalTo("no-data"));
        given().get("/api/v1/targets/520000-groundwater-user-monitoring-2020")
                .then()
                .statusCode(200)
                .body("comparator", equalTo("="))
                .body("value", equalTo(100))
                .body("section", equalTo("三、重点任务"));
        given().queryParam("province", "520000")
                .queryParam("limit", 500)
                .get("/api/v1/targets")
                .then()
                .statusCode(200)
                .body("items.findAll { it.provenance.file == '001_b109216fcd3a97d1.txt' }", hasSize(23));
    }

    @Test
    void publishedValuesAreObservationsThatJudgeTheTargetsOfTheirScope() {
        given().get("/api/v1/observations/360000-forest-coverage-2020")
                .then()
                .statusCode(200)
                .body("value", equalTo(63.1f))
                .body("status", equalTo("verified"))
                .body("publication.publisher", equalTo("新华社（南昌电）"))
                .body("publication.publishedOn", equalTo("2021-01-28"))
                .body("publication.wording", equalTo("森林覆盖率"));
        given().get("/api/v1/targets/360000-forest-coverage-2020")
                .then()
                .statusCode(200)
                .body("attainment.status", equalTo("met"));
        given().get("/api/v1/targets/360000-surface-water-good-ratio-2020")
                .then()
                .statusCode(200)
                .body("attainment.status", equalTo("met"));
        given().get("/api/v1/targets/520000-outbound-section-good-water-ratio-2020")
                .then()
                .statusCode(200)
                .body("attainment.status", equalTo("met"));
        // only 2019's 58.5 % is published: short of 60 %, but the 2020 target is not proven missed
        given().get("/api/v1/targets/520000-forest-coverage-2020")
                .then()
                .statusCode(200)
                .body("attainment.status", equalTo("no-target-year-data"))
                .body("attainment.gap", equalTo(1.5f))
                .body("attainment.explanation", org.hamcrest.Matchers.containsString("2019: 58.5"));
        // the 设区城市 figure is not the 县级及以上城市 the target names: kept apart, never the target's value
        // (other tests report their own values for that target)
        given().queryParam("province", "360000")
                .queryParam("indicator", "good-air-days-ratio")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.findAll { it.publication != null }", hasSize(0));
        given().get("/api/v1/observations/360000-good-air-days-ratio-prefecture-cities-2020")
                .then()
                .statusCode(200)
                .body("value", equalTo(94.7f))
                .body("publication.wording", equalTo("设区城市环境空气质量优良天数比率"));
        given().get("/api/v1/indicators/good-air-days-ratio-prefecture-cities")
                .then()
                .statusCode(200)
                .body("nameEn", equalTo("Share of days with good air quality (prefecture-level cities)"));
        // the 16 values shipped (other tests may load values of their own)
        given().queryParam("limit", 100)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.findAll { it.publication != null && it.reportedBy == 'reference-import' }", hasSize(16));
    }

    @Test
    void theSecondCopyOfTheJiangxiPlanIsADuplicateAndAddsNothing() {
        JsonPath documents = given().get("/api/v1/source-documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // the shipped documents (plans imported through the API by other tests have no file)
        List<Map<String, Object>> items = documents.<Map<String, Object>>getList("items").stream()
                .filter(d -> d.get("file") != null)
                .toList();
        assertThat(items).hasSize(3);
        Map<String, Object> jiangxi = items.stream()
                .filter(d -> d.get("file").equals("001_b109216fcd3a97d1.txt")
                        && d.get("province").equals("360000"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> copy = items.stream()
                .filter(d -> d.get("file").equals("004_e87c28fe4a3b5554.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(copy.get("duplicateOf")).isEqualTo(jiangxi.get("id"));
        assertThat(copy.get("targetCount")).isEqualTo(0);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> Target.count("provenanceFile", "004_e87c28fe4a3b5554.txt")))
                .isZero();
    }

    @Test
    void loadingAgainImportsNothingTwice() {
        long before = QuarkusTransaction.requiringNew().call(() -> Target.count());
        ReferenceDataLoader.LoadReport report = loader.loadDocuments();
        assertThat(report.imported()).isEmpty();
        assertThat(report.duplicates()).isEmpty();
        assertThat(report.alreadyLoaded()).hasSize(3);
        assertThat(report.publishedValues()).as("each published value once").isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Target.count())).isEqualTo(before);
    }
}
