package org.ecoreform.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.platform.contracts.EventSchemas;
import org.ecoreform.platform.events.CloudEventHeaders;

/**
 * The producer's side of the event contracts: an event conforms when its CloudEvents headers are
 * complete and well-formed ({@code ce_time} RFC 3339 with seconds, {@code ce_dataschema} naming the
 * schema of its type) and its payload validates against that JSON Schema (formats asserted) and
 * carries no field the schema does not declare — a field added to a payload must be added to its
 * schema first, where the compatibility test sees it.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Pattern RFC_3339_UTC =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private EventContracts() {}

    /**
     * Reads every record of the topics from the start (what this test JVM's services published)
     * and fails with every violation found; returns the number of events checked.
     */
    public static int assertEveryPublishedEventConforms(List<String> topics) {
        int checked = 0;
        List<String> violations = new ArrayList<>();
        for (String topic : topics) {
            try (EventCapture capture = EventCapture.fromBeginning(topic)) {
                for (ConsumerRecord<String, String> record : capture.drain(Duration.ofSeconds(30))) {
                    checked++;
                    violations(record)
                            .forEach(
                                    v -> violations.add(topic + " " + record.key() + "@" + record.offset() + ": " + v));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " contract violations in " + checked + " events:\n"
                    + String.join("\n", violations));
        }
        System.out.printf("Contract sweep: %d events on %s, every one valid against its schema%n", checked, topics);
        return checked;
    }

    /**
     * Waits (up to 2 min) until the topics hold at least {@code atLeast} events, each checked against its schema: the
     * reference import publishes after start-up, and a sweep may run before it has.
     */
    public static void awaitPublishedEventsConform(List<String> topics, int atLeast, String what) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(assertEveryPublishedEventConforms(topics))
                        .as(what)
                        .isGreaterThanOrEqualTo(atLeast));
    }

    /** What is wrong with one published event; empty when it conforms. */
    public static List<String> violations(ConsumerRecord<String, String> record) {
        List<String> found = new ArrayList<>();
        String type = EventCapture.header(record, CloudEventHeaders.TYPE);
        expect(
                found,
                CloudEventHeaders.SPEC_VERSION_1_0.equals(EventCapture.header(record, CloudEventHeaders.SPEC_VERSION)),
                "ce_specversion is not 1.0");
        expect(found, isUuid(EventCapture.header(record, CloudEventHeaders.ID)), "ce_id is not a UUID");
        expect(found, EventCapture.header(record, CloudEventHeaders.SOURCE) != null, "no ce_source");
        String time = EventCapture.header(record, CloudEventHeaders.TIME);
        expect(
                found,
                time != null && RFC_3339_UTC.matcher(time).matches(),
                "ce_time " + time + " is not RFC 3339 UTC with seconds");
        expect(
                found,
                record.key() != null && record.key().equals(EventCapture.header(record, CloudEventHeaders.SUBJECT)),
                "ce_subject is not the key");
        if (type == null || !EventSchemas.types().contains(type)) {
            found.add("ce_type " + type + " has no schema");
            return found;
        }
        if (record.value() == null) {
            return found; // a tombstone: no data, no schema
        }
        String dataSchema = EventCapture.header(record, CloudEventHeaders.DATA_SCHEMA);
        expect(
                found,
                dataSchema != null
                        && dataSchema.endsWith(EventSchemas.path(type))
                        && URI.create(dataSchema).isAbsolute(),
                "ce_dataschema " + dataSchema + " does not name the schema of " + type);
        expect(
                found,
                CloudEventHeaders.JSON.equals(EventCapture.header(record, CloudEventHeaders.CONTENT_TYPE)),
                "content-type is not JSON");
        found.addAll(payloadViolations(type, record.value()));
        return found;
    }

    /** What is wrong with a payload of the type: schema errors and undeclared fields. */
    public static List<String> payloadViolations(String type, String payload) {
        JsonNode instance;
        try {
            instance = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("payload is not JSON: " + e.getMessage());
        }
        List<String> found = new ArrayList<>();
        schema(type)
                .validate(instance, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .forEach(error -> found.add(error.toString()));
        undeclared("", instance, document(type), document(type), found);
        return found;
    }

    /** The schema document of a type, parsed. */
    public static JsonNode document(String type) {
        return DOCUMENTS.computeIfAbsent(type, t -> {
            try {
                return JSON.readTree(
                        EventSchemas.schema(t).orElseThrow(() -> new IllegalArgumentException("no schema for " + t)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Schema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(document(t)));
    }

    static void undeclared(String at, JsonNode instance, JsonNode schemaNode, JsonNode root, List<String> found) {
        JsonNode schema = resolve(root, schemaNode);
        if (instance.isObject() && schema.has("properties")) {
            instance.properties().forEach(field -> {
                JsonNode declared = schema.get("properties").get(field.getKey());
                if (declared == null) {
                    found.add(at + "/" + field.getKey() + ": not declared in the schema");
                } else {
                    undeclared(at + "/" + field.getKey(), field.getValue(), declared, root, found);
                }
            });
        } else if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                undeclared(at + "/" + i, instance.get(i), schema.get("items"), root, found);
            }
        }
    }

    /** A schema node, or the node its local {@code $ref} ({@code #/$defs/Label}) points at. */
    static JsonNode resolve(JsonNode root, JsonNode schemaNode) {
        return schemaNode.has("$ref") ? root.at(schemaNode.get("$ref").asText().substring(1)) : schemaNode;
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void expect(List<String> found, boolean condition, String violation) {
        if (!condition) {
            found.add(violation);
        }
    }
}
