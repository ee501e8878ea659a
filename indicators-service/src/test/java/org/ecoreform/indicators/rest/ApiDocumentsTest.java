package org.ecoreform.indicators.rest;

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
            "/api/v1/indicators",
            "/api/v1/indicators/{id}",
            "/api/v1/source-documents",
            "/api/v1/targets",
            "/api/v1/targets/{id}",
            "/api/v1/observations",
            "/api/v1/observations/{id}");

    @Test
    void openApiDescribesEveryEndpointAndTheAttainmentRule() {
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
        assertThat(doc.getString("components.schemas.Attainment.description"))
                .contains("straight line from the baseline");
        assertThat(doc.getMap("paths.'/api/v1/observations'.post.requestBody.content.'application/json'.examples"))
                .isNotEmpty();
    }

    @Test
    void asyncApiNamesTheTopic() {
        given().get("/asyncapi.yaml")
                .then()
                .statusCode(200)
                .body(containsString("address: ecoreform.indicators.v1"))
                .body(containsString("org.ecoreform.target.changed.v1"));
    }
}
