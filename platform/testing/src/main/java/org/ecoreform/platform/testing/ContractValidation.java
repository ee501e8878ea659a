package org.ecoreform.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Every answer a test receives under {@code /api/} is checked against the OpenAPI document the
 * server under test publishes: its status must be declared for the operation, its content type
 * among the declared ones, and a JSON body must validate against the declared schema (JSON Schema
 * 2020-12, formats asserted) with no field the schema does not declare. A violation fails the
 * request that met it, naming the operation and what differs, so the contract cannot drift from
 * the code. Installed once for every test class of every module by {@link ContractValidationExtension}.
 *
 * <p>Why not swagger-request-validator: it reads OpenAPI 3.0 and validates with JSON Schema
 * draft 4, while the services publish OpenAPI 3.1, whose schemas are JSON Schema 2020-12
 * (type arrays for nullable fields, {@code examples}); the validator the event contracts already
 * use reads that dialect.
 */
public final class ContractValidation implements OrderedFilter {

    public static final ContractValidation INSTANCE = new ContractValidation();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();

    private ContractValidation() {}

    /** Adds the filter to REST Assured's global filters once. */
    public static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    /** How many answers this test JVM has checked. */
    public int checked() {
        return checked.get();
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        // OPTIONS is the browsers' CORS preflight, answered before any operation
        if (path.startsWith("/api/")
                && !path.equals("/api/v1/openapi.json")
                && !request.getMethod().equals("OPTIONS")) {
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            List<String> violations = violations(document(origin), request.getMethod(), path, response);
            checked.incrementAndGet();
            if (!violations.isEmpty()) {
                throw new AssertionError(
                        "The answer to " + request.getMethod() + " " + path + " (" + response.statusCode()
                                + ") breaks the published contract:\n  " + String.join("\n  ", violations)
                                + "\nbody: " + abbreviated(response.asString()));
            }
        }
        return response;
    }

    /** What in an answer differs from the document; empty when it conforms. */
    public List<String> violations(JsonNode document, String method, String path, Response response) {
        Optional<String> template = template(document, path);
        if (template.isEmpty()) {
            // a path the API does not have may only be answered with the generic not-found problem
            boolean notFound = response.statusCode() == 404
                    && String.valueOf(response.contentType()).startsWith("application/problem+json");
            return notFound ? List.of() : List.of("no path of the document matches " + path);
        }
        String verb = method.equalsIgnoreCase("HEAD") ? "get" : method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template.get()).path(verb);
        if (operation.isMissingNode()) {
            boolean notAllowed = response.statusCode() == 405
                    && String.valueOf(response.contentType()).startsWith("application/problem+json");
            return notAllowed ? List.of() : List.of(method + " is not an operation of " + template.get());
        }
        String status = Integer.toString(response.statusCode());
        JsonNode declared = declaredResponse(operation.path("responses"), status);
        String where = operation.path("operationId").asText(method + " " + template.get());
        if (declared == null) {
            return List.of(where + " does not declare status " + status);
        }
        String body = response.asString();
        if (body == null || body.isEmpty() || method.equalsIgnoreCase("HEAD")) {
            return List.of();
        }
        String contentType = Optional.ofNullable(response.contentType())
                .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
        JsonNode content = declared.path("content");
        if (!content.has(contentType)) {
            return List.of(where + " " + status + " declares " + fieldNames(content) + ", not " + contentType);
        }
        JsonNode schema = content.path(contentType).path("schema");
        boolean json = contentType.equals("application/json") || contentType.endsWith("+json"); // not x-ndjson
        if (schema.isMissingNode() || !json) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + " " + status + " " + contentType + " is not JSON: " + e.getMessage());
        }
        List<String> found = new ArrayList<>();
        schema(document, where + " " + status + " " + contentType, schema)
                .validate(instance, run -> run.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .forEach(error -> found.add(where + " " + status + ": " + error));
        List<String> undeclared = new ArrayList<>();
        EventContracts.undeclared("", instance, schema, document, undeclared);
        undeclared.forEach(u -> found.add(where + " " + status + ": " + u));
        return found;
    }

    private static JsonNode declaredResponse(JsonNode responses, String status) {
        if (responses.has(status)) {
            return responses.get(status);
        }
        String range = status.charAt(0) + "XX";
        if (responses.has(range)) {
            return responses.get(range);
        }
        return responses.has("default") ? responses.get("default") : null;
    }

    /** The document's path template for a concrete path; a literal segment beats a parameter. */
    static Optional<String> template(JsonNode document, String path) {
        String best = null;
        int bestParameters = Integer.MAX_VALUE;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            int parameters = candidate.split("\\{", -1).length - 1;
            if (parameters < bestParameters && matches(candidate, path)) {
                best = candidate;
                bestParameters = parameters;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(String template, String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.matches(regex.toString(), path);
    }

    private Schema schema(JsonNode document, String key, JsonNode schemaNode) {
        return schemas.computeIfAbsent(System.identityHashCode(document) + " " + key, k -> {
            // the schema's $refs point into the document's components: give it them at its root
            ObjectNode root = schemaNode.isObject() ? ((ObjectNode) schemaNode).deepCopy() : JSON.createObjectNode();
            root.set("components", document.path("components"));
            return REGISTRY.getSchema(root);
        });
    }

    private JsonNode document(String origin) {
        return documents.computeIfAbsent(origin, o -> {
            JsonNode merged = fetch(o + "/api/v1/openapi.json");
            return merged != null ? merged : fetch(o + "/q/openapi?format=json");
        });
    }

    private static JsonNode fetch(String address) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("the API document at " + address + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + " …";
    }
}
