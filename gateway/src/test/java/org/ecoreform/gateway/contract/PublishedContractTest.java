package org.ecoreform.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The published contract as a newcomer meets it: GET /q/openapi on the gateway, every public path
 * in one document. Every operation has a unique operationId and a typed answer, and the document is
 * linted as API reviewers lint (Spectral's OpenAPI rules and the OWASP ruleset, with the project's
 * reasoned exceptions in src/test/contract/.spectral.yaml): any error fails the build. The document
 * linted is left in target/contract/served-openapi.json for reading.
 */
@QuarkusTest
class PublishedContractTest {

    private static final Path CONTRACT_TOOLS = Path.of("src/test/contract");
    private static final Path PUBLISHED = Path.of("target/contract/served-openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head");

    private JsonNode published() throws IOException {
        String document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(PUBLISHED.getParent());
        Files.writeString(PUBLISHED, document, StandardCharsets.UTF_8);
        return JSON.readTree(document);
    }

    @Test
    void everyOperationHasAUniqueIdAndATypedAnswer() throws IOException {
        JsonNode document = published();
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String where = method.toUpperCase() + " " + path.getKey();
                String id = operation.path("operationId").asText("");
                if (id.isEmpty() || !ids.add(id)) {
                    missing.add(where + ": operationId '" + id + "' missing or not unique");
                }
                if (!typed(operation.path("responses"))) {
                    missing.add(where + ": no 2xx answer with a schema");
                }
                if (!operation.path("responses").has("429")
                        || !operation.path("responses").has("500")) {
                    missing.add(where + ": 429 or 500 not declared");
                }
            }
        }
        System.out.println("Published contract: " + operations + " operations, " + ids.size() + " operationIds");
        assertThat(missing).isEmpty();
        assertThat(operations).isGreaterThanOrEqualTo(74);
        assertThat(document.path("info").path("license").path("name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(document.path("servers")).isNotEmpty();
    }

    /** A 2xx answer with a body schema, or one that has no body (202, 204). */
    private static boolean typed(JsonNode responses) {
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            if (!response.getValue().has("content") && !response.getKey().equals("200")) {
                return true;
            }
            for (JsonNode media : response.getValue().path("content")) {
                if (media.has("schema")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theDocumentPassesSpectralAndTheOwaspRuleset() throws Exception {
        published();
        Path spectral = CONTRACT_TOOLS.resolve("node_modules/.bin/spectral");
        assertThat(spectral)
                .as("installed by the build (npm ci in %s); run ./mvnw verify", CONTRACT_TOOLS)
                .exists();
        Path report = Path.of("target/contract/spectral.json").toAbsolutePath();
        Process lint = new ProcessBuilder(
                        spectral.toAbsolutePath().toString(),
                        "lint",
                        "--ruleset",
                        ".spectral.yaml",
                        "--format",
                        "json",
                        "--output",
                        report.toString(),
                        "--fail-severity",
                        "error",
                        PUBLISHED.toAbsolutePath().toString())
                .directory(CONTRACT_TOOLS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(lint.waitFor(180, TimeUnit.SECONDS)).as("spectral finished").isTrue();
        JsonNode findings = JSON.readTree(report.toFile());
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode finding : findings) {
            String severity = List.of("error", "warning", "information", "hint")
                    .get(finding.path("severity").asInt());
            bySeverity.merge(severity, 1, Integer::sum);
            byRule.merge(severity + " " + finding.path("code").asText(), 1, Integer::sum);
            if (severity.equals("error")) {
                errors.add(finding.path("code").asText() + " at " + finding.path("path") + ": "
                        + finding.path("message").asText());
            }
        }
        System.out.println("Spectral on the published document: " + bySeverity + " " + byRule);
        assertThat(errors).as("Spectral errors (report: %s)", report).isEmpty();
        assertThat(lint.exitValue()).isZero();
    }
}
