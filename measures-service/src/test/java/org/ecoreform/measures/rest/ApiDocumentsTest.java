package org.ecoreform.measures.rest;

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
            "/api/v1/lists",
            "/api/v1/categories",
            "/api/v1/departments",
            "/api/v1/provinces",
            "/api/v1/measures",
            "/api/v1/measures/{id}",
            "/api/v1/measures/{id}/retirement");

    @Test
    void openApiDescribesEveryEndpointWithASummaryAndExamples() {
        JsonPath doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).containsAll(PATHS);
        for (String path : PATHS) {
            for (Map.Entry<String, Object> operation : paths.get(path).entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                assertThat(((Map<?, ?>) operation.getValue()).get("summary"))
                        .as("summary of %s %s", operation.getKey(), path)
                        .isNotNull();
            }
        }
        List<Map<String, Object>> searchParameters = doc.getList("paths.'/api/v1/measures'.get.parameters");
        assertThat(searchParameters)
                .filteredOn(p -> p.get("name").equals("q"))
                .singleElement()
                .satisfies(p -> assertThat(p.get("example")).isEqualTo("林票"));
        assertThat(doc.getMap("paths.'/api/v1/measures'.post.requestBody.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(doc.getList("components.schemas.Measure.properties.id.examples"))
                .containsExactly("N2020-03");
        assertThat(doc.getMap("components.securitySchemes")).containsKey("jwt");
        assertThat(doc.getMap("paths.'/api/v1/measures/{id}'.put.responses")).containsKeys("200", "412", "428");
    }

    @Test
    void asyncApiNamesTheTopicAndItsCloudEventHeaders() {
        given().get("/asyncapi.yaml")
                .then()
                .statusCode(200)
                .body(containsString("address: ecoreform.measures.v1"))
                .body(containsString("org.ecoreform.measure.changed.v1"))
                .body(containsString("ce_specversion"));
    }

    @Test
    void swaggerUiHealthAndMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/started").then().statusCode(200).body(containsString("UP")); // the k8s startupProbe
        given().get("/api/v1/lists").then().statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/lists\""));
    }
}
