package org.ecoreform.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The contract check fails when an answer drifts from its document, and only then. */
class ContractValidationTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/things/{id}": {"get": {"operationId": "getThing", "responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
               "/api/v1/things/count": {"get": {"operationId": "countThings", "responses": {
                 "200": {"content": {"application/json": {"schema": {"type": "integer"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id"], "properties": {
               "id": {"type": "string", "maxLength": 5},
               "createdAt": {"type": "string", "format": "date-time"}}}}}}
            """;

    private final JsonNode document;

    ContractValidationTest() throws Exception {
        document = new ObjectMapper().readTree(DOCUMENT);
    }

    private static Response answer(int status, String contentType, String body) {
        return new ResponseBuilder()
                .setStatusCode(status)
                .setContentType(contentType)
                .setBody(body)
                .build();
    }

    private java.util.List<String> check(String path, Response response) {
        return ContractValidation.INSTANCE.violations(document, "GET", path, response);
    }

    @Test
    void aConformingAnswerPasses() {
        assertThat(check(
                        "/api/v1/things/a1",
                        answer(
                                200,
                                "application/json",
                                "{\"id\":\"a1\",\"createdAt\":\"2026-12-07T08:00:00.123456Z\"}")))
                .isEmpty();
        assertThat(check("/api/v1/things/count", answer(200, "application/json; charset=UTF-8", "3")))
                .isEmpty();
    }

    @Test
    void aBodyThatDriftsFromItsSchemaFails() {
        assertThat(check("/api/v1/things/a1", answer(200, "application/json", "{\"id\":\"toolong\"}")))
                .singleElement()
                .asString()
                .startsWith("getThing 200: ")
                .contains("/id");
        assertThat(check("/api/v1/things/a1", answer(200, "application/json", "{\"createdAt\":\"yesterday\"}")))
                .hasSize(2);
        assertThat(check("/api/v1/things/a1", answer(200, "application/json", "{\"id\":\"a1\",\"colour\":\"red\"}")))
                .containsExactly("getThing 200: /colour: not declared in the schema");
    }

    @Test
    void anUndeclaredStatusContentTypeOrPathFails() {
        assertThat(check("/api/v1/things/a1", answer(500, "application/problem+json", "{}")))
                .containsExactly("getThing does not declare status 500");
        assertThat(check("/api/v1/things/a1", answer(404, "application/json", "{}")))
                .containsExactly("getThing 404 declares [application/problem+json], not application/json");
        assertThat(check("/api/v1/other", answer(200, "application/json", "{}")))
                .containsExactly("no path of the document matches /api/v1/other");
        assertThat(check("/api/v1/other", answer(404, "application/problem+json", "{}")))
                .isEmpty();
    }

    @Test
    void aLiteralSegmentIsPreferredToAParameter() {
        assertThat(ContractValidation.template(document, "/api/v1/things/count"))
                .contains("/api/v1/things/count");
        assertThat(ContractValidation.template(document, "/api/v1/things/x9")).contains("/api/v1/things/{id}");
    }
}
