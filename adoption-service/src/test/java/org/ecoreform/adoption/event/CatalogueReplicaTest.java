package org.ecoreform.adoption.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.MeasuresServiceTestResource;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueReplicaTest {

    @ConfigProperty(name = MeasuresServiceTestResource.URL_PROPERTY)
    String measuresUrl;

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void aMeasureRetiredAfterAdoptionLeavesTheRecordInPlaceFlagged() {
        String measureId = given().baseUri(measuresUrl)
                .auth()
                .oauth2(AdoptionTesting.CATALOGUE_EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "categoryId",
                        "C13",
                        "name",
                        "生态文明建设目标评价考核办法",
                        "content",
                        "开展年度评价和五年考核。",
                        "sourceProvinces",
                        List.of("350000"),
                        "departments",
                        List.of("ndrc")))
                .post("/api/v1/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/v1/measures/" + measureId + "/adopters")
                                .statusCode()
                        == 200);

        String recordId = given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "planId",
                        AdoptionTesting.PLAN,
                        "measureIds",
                        List.of(measureId),
                        "actions",
                        "建立年度评价制度。",
                        "responsibleUnits",
                        List.of("省发展改革委")))
                .post("/api/v1/adoptions")
                .then()
                .statusCode(201)
                .body("measureRetired", equalTo(false))
                .extract()
                .path("id");

        given().baseUri(measuresUrl)
                .auth()
                .oauth2(AdoptionTesting.CATALOGUE_EDITOR)
                .header("If-Match", "\"v1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "并入2024年清单"))
                .post("/api/v1/measures/" + measureId + "/retirement")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/v1/adoptions/" + recordId).path("measureRetired"));
        given().get("/api/v1/adoptions/" + recordId)
                .then()
                .statusCode(200)
                .body("status", equalTo("planned"))
                .body("measures[0].status", equalTo("retired"));
        // a retired measure can no longer be newly adopted
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "planId",
                        AdoptionTesting.PLAN,
                        "measureIds",
                        List.of(measureId),
                        "actions",
                        "再次采纳。",
                        "responsibleUnits",
                        List.of("省发展改革委")))
                .post("/api/v1/adoptions")
                .then()
                .spec(ProblemSpecs.problem(422, "measureIds[0]"));
    }

    @Test
    void theReplicaRebuildsFromTheCompactedTopicAfterAWipe() {
        long before = given().get("/api/v1/catalogue-replica")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("measures");
        // other tests of this run may have adopted measures already: the rebuild must give the same coverage, whatever
        // it is
        int adoptedBefore = given().get("/api/v1/adoptions/coverage?province=630000")
                .then()
                .statusCode(200)
                .extract()
                .path("adopted");
        given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .post("/api/v1/catalogue-replica/rebuild")
                .then()
                .spec(ProblemSpecs.problem(403));
        given().auth()
                .oauth2(AdoptionTesting.ADMIN)
                .post("/api/v1/catalogue-replica/rebuild")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var status = given().get("/api/v1/catalogue-replica").jsonPath();
                    return status.getBoolean("caughtUp") && status.getLong("measures") >= before;
                });
        given().get("/api/v1/adoptions/630000-2021-106-27")
                .then()
                .statusCode(200)
                .body("measures.name", equalTo(List.of("生态农业融合发展机制", "生态产业发展机制")));
        given().get("/api/v1/adoptions/coverage?province=630000")
                .then()
                .statusCode(200)
                .body("adopted", equalTo(adoptedBefore));
    }
}
