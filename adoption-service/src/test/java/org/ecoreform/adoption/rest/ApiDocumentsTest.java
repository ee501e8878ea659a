package org.ecoreform.adoption.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocumentsTest {

    private static final List<String> PATHS = List.of(
            "/api/v1/plans",
            "/api/v1/plans/{id}",
            "/api/v1/adoptions",
            "/api/v1/adoptions/{id}",
            "/api/v1/adoptions/coverage",
            "/api/v1/adoptions/{id}/transitions",
            "/api/v1/adoptions/{id}/withdrawal",
            "/api/v1/measures/{id}/adopters",
            "/api/v1/imports",
            "/api/v1/imports/{id}",
            "/api/v1/catalogue-replica",
            "/api/v1/catalogue-replica/rebuild");

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonPath doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).containsAll(PATHS);
        for (String path : PATHS) {
            paths.get(path).forEach((method, operation) -> {
                if (!method.equals("parameters")) {
                    assertThat(((Map<?, ?>) operation).get("summary"))
                            .as("summary of %s %s", method, path)
                            .isNotNull();
                }
            });
        }
        assertThat(doc.getMap("paths.'/api/v1/adoptions'.post.requestBody.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(doc.getString("paths.'/api/v1/adoptions/{id}/transitions'.post.description"))
                .contains("withdrawn is final");
        assertThat(doc.getMap("paths.'/api/v1/imports'.post.requestBody.content"))
                .as("a notice as JSON text or as an uploaded file")
                .containsKeys("application/json", "multipart/form-data");
    }

    @Test
    void theCatalogueReplicaLagIsAMetricPerPartition() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("ecoreform_consumer_lag{consumer=\"catalogue-replica\","
                                + "partition=\"0\",topic=\"ecoreform.measures.v1\"}")));
    }

    @Test
    void readinessWaitsForTheCatalogueReplicaAndTheCluster() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body(
                                "checks.find { it.name == 'catalogue-replica' }.status",
                                org.hamcrest.Matchers.equalTo("UP"))
                        .body(
                                "checks.find { it.name == 'catalogue-replica' }.data.caughtUpSinceStart",
                                org.hamcrest.Matchers.equalTo(true))
                        .body("checks.find { it.name == 'kafka' }.data.brokers", org.hamcrest.Matchers.equalTo(1)));
    }

    @Test
    void asyncApiNamesTheTopic() {
        given().get("/asyncapi.yaml")
                .then()
                .statusCode(200)
                .body(containsString("address: ecoreform.adoptions.v1"))
                .body(containsString("org.ecoreform.adoption.changed.v1"));
    }
}
