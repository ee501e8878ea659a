package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a service's OpenAPI document into the public one, and adds what the gateway itself does
 * to every operation: its rate limit (429 with Retry-After, and the RateLimit fields on every
 * answer). A schema name two services use for different shapes is kept apart: the later service's
 * copy is renamed after the service ({@code AdoptionProvenance}) and its references follow.
 */
public final class OpenApiMerge {

    /** The services whose documents make up the public one, in the order they are merged. */
    public static final List<String> SERVICES = List.of("measures", "adoption", "indicators");

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    public OpenApiMerge(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The public document: the gateway's own paths (views, changes …) with every service's, one
     * vocabulary of schemas, and what the gateway adds to every operation. The gateway serves it at
     * /q/openapi; the build writes the same from the documents the services' builds store
     * ({@link ContractFile}), for the clients it generates.
     */
    public ObjectNode publicDocument(JsonNode gatewayOwn, Map<String, JsonNode> services) {
        ObjectNode merged = gatewayOwn.deepCopy();
        merged.with("info")
                .put("title", "ecoreform public API")
                .put(
                        "description",
                        "Every public path of ecoreform, served by the gateway: composed views, and each "
                                + "service's API under the same /api/v1 paths. Reads are public and open to "
                                + "every origin; writes need a bearer token. Errors are RFC 9457 problem+json; "
                                + "lists are cursor-paged (limit, cursor, nextCursor, Link rel=next); every GET "
                                + "has a strong ETag.");
        merged.with("paths").properties().removeIf(e -> e.getKey().contains("{path"));
        Set<String> renamed = new java.util.TreeSet<>();
        services.forEach((service, document) -> renamed.addAll(add(merged, service, document)));
        inlineScalarSchemas(merged);
        removeUnused(merged, renamed);
        addGatewayConventions(merged);
        return merged;
    }

    /**
     * Adds the service's paths, schemas and tags that the merged document does not have yet; answers
     * the names its schemas were renamed to.
     */
    private java.util.Collection<String> add(ObjectNode merged, String service, JsonNode serviceDocument) {
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
        return renamed.values();
    }

    /**
     * A schema renamed apart that nothing refers to once the paths are merged (the service's copy of a
     * path the gateway serves itself, such as the audit trail's entry) is dropped: clients would
     * generate a model for it and linters flag it.
     */
    private static void removeUnused(ObjectNode merged, Set<String> renamed) {
        ObjectNode schemas = merged.with("components").with("schemas");
        boolean removed = true;
        while (removed) { // a schema only an unused one referred to is unused in turn
            String document = merged.toString();
            List<String> unused = renamed.stream()
                    .filter(schemas::has)
                    .filter(name -> !document.contains('"' + SCHEMAS + name + '"'))
                    .toList();
            unused.forEach(schemas::remove);
            removed = !unused.isEmpty();
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

    /**
     * A component that is only a scalar ({@code LocalDate}: a string of format date) is written
     * where it is used instead: generated clients then map it to their own date type rather than a
     * model class, and services that describe it differently (one with an example) do not split it.
     */
    private void inlineScalarSchemas(ObjectNode merged) {
        ObjectNode schemas = merged.with("components").with("schemas");
        Map<String, JsonNode> scalars = new LinkedHashMap<>();
        schemas.properties().forEach(e -> {
            JsonNode type = e.getValue().get("type");
            boolean scalar = type != null
                    && type.isTextual()
                    && !type.asText().equals("object")
                    && !type.asText().equals("array");
            if (scalar && !e.getValue().has("properties")) {
                scalars.put(SCHEMAS + e.getKey(), e.getValue());
            }
        });
        inline(merged, scalars);
        scalars.keySet().forEach(ref -> schemas.remove(ref.substring(SCHEMAS.length())));
    }

    private static void inline(JsonNode node, Map<String, JsonNode> scalars) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && scalars.containsKey(ref.asText())) {
                object.remove("$ref");
                scalars.get(ref.asText()).properties().forEach(e -> {
                    if (!object.has(e.getKey())) {
                        object.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
            }
            object.elements().forEachRemaining(child -> inline(child, scalars));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> inline(child, scalars));
        }
    }

    /** Where the document is served, for whom, and what the gateway adds to every operation. */
    private void addGatewayConventions(ObjectNode merged) {
        ObjectNode server = merged.putArray("servers").addObject();
        server.put("url", "/");
        server.put("description", "The gateway that serves this document (local, staging or production)");
        server.put("x-internal", false);
        addRateLimits(merged);
    }

    /** The gateway's rate limit and CORS fields on every operation of the merged document. */
    private void addRateLimits(ObjectNode merged) {
        ObjectNode shared = merged.with("components").with("headers");
        header(shared, "Retry-After", "Seconds until the client may call again", integer(1, 3600));
        header(shared, "RateLimit-Limit", "The requests the client may make at once", integer(0, 1_000_000));
        header(shared, "RateLimit-Remaining", "Of those, how many are left now", integer(0, 1_000_000));
        header(shared, "RateLimit-Reset", "Seconds until all of them are available again", integer(0, 86_400));
        header(
                shared,
                "Access-Control-Allow-Origin",
                "When the request has an Origin: * for reads (every origin may read), the origin itself for writes "
                        + "from an allowed origin",
                json.createObjectNode().put("type", "string").put("maxLength", 200));
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
                use(headers((ObjectNode) responses.get("429")), "Retry-After");
                responses.properties().forEach(e -> {
                    ObjectNode headers = headers((ObjectNode) e.getValue());
                    if (e.getKey().startsWith("2") || e.getKey().startsWith("4")) {
                        use(headers, "RateLimit-Limit");
                        use(headers, "RateLimit-Remaining");
                        use(headers, "RateLimit-Reset");
                    }
                    use(headers, "Access-Control-Allow-Origin");
                });
            }
        }
    }

    private static ObjectNode headers(ObjectNode response) {
        JsonNode headers = response.get("headers");
        return headers instanceof ObjectNode object ? object : response.putObject("headers");
    }

    private static void header(ObjectNode shared, String name, String description, ObjectNode schema) {
        ObjectNode header = shared.putObject(name);
        header.put("description", description);
        header.set("schema", schema);
    }

    private static void use(ObjectNode headers, String name) {
        headers.putObject(name).put("$ref", "#/components/headers/" + name);
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
