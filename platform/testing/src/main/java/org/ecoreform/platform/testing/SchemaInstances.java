package org.ecoreform.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consumer's side of the event contracts: events generated from the schemas alone, not from
 * a producer's classes, so a consumer test reads what the contract allows rather than what one
 * producer happens to send. {@link #full} fills every declared field (the first example, else the
 * first enum value or constant, else a value of the type and format), {@link #minimal} only the
 * required ones. Both are checked against their schema before they are handed out.
 */
public final class SchemaInstances {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaInstances() {}

    /** An event of the type with every declared field. */
    public static ObjectNode full(String type) {
        return checked(
                type, (ObjectNode) generate(EventContracts.document(type), EventContracts.document(type), "", true));
    }

    /** An event of the type with only the required fields (recursively). */
    public static ObjectNode minimal(String type) {
        return checked(
                type, (ObjectNode) generate(EventContracts.document(type), EventContracts.document(type), "", false));
    }

    /**
     * Where a consumer's typed reading of an event differs from the event sent: every field of
     * {@code read} (the consumer's record as JSON) must be the sent value at the same place, and a
     * field the consumer expects but the event has not (a renamed or misspelt field) shows as null —
     * reported when {@code sent} is a {@link #full} event. Empty when the consumer reads the contract right.
     */
    public static List<String> misread(JsonNode read, JsonNode sent, boolean sentIsFull) {
        List<String> found = new java.util.ArrayList<>();
        misread("", read, sent, sentIsFull, found);
        return found;
    }

    private static void misread(String at, JsonNode read, JsonNode sent, boolean sentIsFull, List<String> found) {
        if (read == null || read.isNull()) {
            if (sentIsFull) {
                found.add(at + ": read as null, the contract has no such field or the consumer names it differently");
            }
        } else if (read.isObject()) {
            read.properties()
                    .forEach(field -> misread(
                            at + "/" + field.getKey(),
                            field.getValue(),
                            sent == null ? null : sent.get(field.getKey()),
                            sentIsFull,
                            found));
        } else if (read.isArray()) {
            for (int i = 0; i < read.size(); i++) {
                misread(at + "/" + i, read.get(i), sent == null ? null : sent.get(i), sentIsFull, found);
            }
        } else if (sent == null || sent.isNull()) {
            if (!(read.isBoolean() && !read.asBoolean())
                    && !(read.isNumber() && read.decimalValue().signum() == 0)) {
                found.add(at + ": read " + read + " but the event has no such field");
            }
        } else if (read.isNumber() && sent.isNumber()
                ? read.decimalValue().compareTo(sent.decimalValue()) != 0
                : !read.asText().equals(sent.asText())) {
            found.add(at + ": read " + read + ", sent " + sent);
        }
    }

    private static ObjectNode checked(String type, ObjectNode instance) {
        List<String> violations = EventContracts.payloadViolations(type, instance.toString());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("generated " + type + " does not conform: " + violations);
        }
        return instance;
    }

    private static JsonNode generate(JsonNode schemaNode, JsonNode root, String path, boolean everyField) {
        JsonNode schema = EventContracts.resolve(root, schemaNode);
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("examples") && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText("");
        return switch (schema.path("type").asText("object")) {
            case "object" -> object(schema, root, path, everyField);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (everyField && schema.has("items")) {
                    array.add(generate(schema.get("items"), root, path + "/0", true));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" ->
                NODES.numberNode(
                        schema.has("maximum")
                                ? schema.get("maximum").decimalValue()
                                : schema.path("minimum").decimalValue());
            case "boolean" -> NODES.booleanNode(true);
            default ->
                switch (format) {
                    case "date-time" -> NODES.textNode("2021-02-25T10:15:00Z");
                    case "date" -> NODES.textNode("2021-02-25");
                    case "uri" -> NODES.textNode("https://example.org" + path);
                    default -> NODES.textNode("generated" + path);
                };
        };
    }

    private static ObjectNode object(JsonNode schema, JsonNode root, String path, boolean everyField) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        ObjectNode object = NODES.objectNode();
        schema.path("properties").properties().forEach(property -> {
            if (everyField || required.contains(property.getKey())) {
                object.set(
                        property.getKey(),
                        generate(property.getValue(), root, path + "/" + property.getKey(), everyField));
            }
        });
        return object;
    }
}
