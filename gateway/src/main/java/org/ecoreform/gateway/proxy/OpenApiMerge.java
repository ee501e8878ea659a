package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges a service's OpenAPI document into the public one, and adds what the gateway itself does
 * to every operation: its rate limit (429 with Retry-After, and the RateLimit fields on every
 * answer). A schema name two services use for different shapes is kept apart: the later service's
 * copy is renamed after the service ({@code AdoptionProvenance}) and its references follow.
 */
final class OpenApiMerge {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    OpenApiMerge(ObjectMapper json) {
        this.json = json;
    }

    /** Adds the service's paths, schemas and tags that the merged document does not have yet. */
    void add(ObjectNode merged, String service, JsonNode serviceDocument) {
        ObjectNode schemas = merged.with("components").with("schemas");
        Map<String, String> renamed = new LinkedHashMap<>();
        serviceDocument.at("/components/schemas").properties().forEach(e -> {
            JsonNode existing = schemas.get(e.getKey());
            if (existing != null && !existing.equals(e.getValue())) {
                renamed.put(e.getKey(), capitalised(service) + e.getKey());
            }
        });
        JsonNode document = renamed.isEmpty() ? serviceDocument : withRenamedSchemas(serviceDocument, renamed);
        addMissing(merged.with("paths"), document.path("paths"));
        addMissing(schemas, document.at("/components/schemas"));
        addMissing(merged.with("components").with("securitySchemes"), document.at("/components/securitySchemes"));
        ArrayNode tags = merged.withArray("tags");
        for (JsonNode tag : document.path("tags")) {
            if (!hasTag(tags, tag.path("name").asText())) {
                tags.add(tag);
            }
        }
    }

    private JsonNode withRenamedSchemas(JsonNode document, Map<String, String> renamed) {
        ObjectNode copy = document.deepCopy();
        ObjectNode schemas = (ObjectNode) copy.at("/components/schemas");
        renamed.forEach((from, to) -> schemas.set(to, schemas.remove(from)));
        renameReferences(copy, renamed);
        return copy;
    }

    private static void renameReferences(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                String name = ref.asText().substring(SCHEMAS.length());
                if (renamed.containsKey(name)) {
                    object.put("$ref", SCHEMAS + renamed.get(name));
                }
            }
            object.elements().forEachRemaining(child -> renameReferences(child, renamed));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> renameReferences(child, renamed));
        }
    }

    /** Where the document is served, for whom, and what the gateway adds to every operation. */
    void addGatewayConventions(ObjectNode merged) {
        ObjectNode server = merged.putArray("servers").addObject();
        server.put("url", "/");
        server.put("description", "The gateway that serves this document (local, staging or production)");
        server.put("x-internal", false);
        addRateLimits(merged);
    }

    /** The gateway's rate limit and CORS fields on every operation of the merged document. */
    private void addRateLimits(ObjectNode merged) {
        for (JsonNode path : merged.path("paths")) {
            for (JsonNode operation : path) {
                if (!operation.has("responses")) {
                    continue;
                }
                ObjectNode responses = (ObjectNode) operation.get("responses");
                if (!responses.has("429")) {
                    ObjectNode refused = responses.putObject("429");
                    refused.put("description", "Over the client's rate limit: wait Retry-After seconds");
                    refused.putObject("content")
                            .putObject(PROBLEM_JSON)
                            .putObject("schema")
                            .put("$ref", SCHEMAS + "Problem");
                }
                ObjectNode retryAfter =
                        headers((ObjectNode) responses.get("429")).putObject("Retry-After");
                retryAfter.put("description", "Seconds until the client may call again");
                retryAfter.set("schema", integer(1, 3600));
                responses.properties().forEach(e -> {
                    ObjectNode headers = headers((ObjectNode) e.getValue());
                    if (e.getKey().startsWith("2") || e.getKey().startsWith("4")) {
                        header(headers, "RateLimit-Limit", "The requests the client may make at once", 1_000_000);
                        header(headers, "RateLimit-Remaining", "Of those, how many are left now", 1_000_000);
                        header(headers, "RateLimit-Reset", "Seconds until all of them are available again", 86_400);
                    }
                    ObjectNode origin = headers.putObject("Access-Control-Allow-Origin");
                    origin.put(
                            "description",
                            "When the request has an Origin: * for reads (every origin may read), the origin itself "
                                    + "for writes from an allowed origin");
                    origin.set(
                            "schema",
                            json.createObjectNode().put("type", "string").put("maxLength", 200));
                });
            }
        }
    }

    private static ObjectNode headers(ObjectNode response) {
        JsonNode headers = response.get("headers");
        return headers instanceof ObjectNode object ? object : response.putObject("headers");
    }

    private void header(ObjectNode headers, String name, String description, int maximum) {
        ObjectNode header = headers.putObject(name);
        header.put("description", description);
        header.set("schema", integer(0, maximum));
    }

    private ObjectNode integer(int minimum, int maximum) {
        return json.createObjectNode()
                .put("type", "integer")
                .put("format", "int32")
                .put("minimum", minimum)
                .put("maximum", maximum);
    }

    private static boolean hasTag(ArrayNode tags, String name) {
        for (JsonNode tag : tags) {
            if (tag.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void addMissing(ObjectNode target, JsonNode source) {
        if (source != null && source.isObject()) {
            source.properties().forEach(e -> {
                if (!target.has(e.getKey())) {
                    target.set(e.getKey(), e.getValue());
                }
            });
        }
    }

    private static String capitalised(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }
}
