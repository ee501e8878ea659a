package org.ecoreform.platform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON Schema (2020-12) of every event type, kept once here: the producers' contract tests
 * validate what they publish against it, the consumers' tests read events generated from it, the
 * gateway serves it at {@link #path(String)} and every event names that address in
 * {@code ce_dataschema}. Within {@code .v1} a schema only grows (see {@code released/} and the
 * compatibility test); a breaking change is a new type on a new {@code .v2} topic.
 */
public final class EventSchemas {

    /** The public path prefix the gateway serves the schemas under. */
    public static final String PATH_PREFIX = "/api/v1/schemas/events/";

    public static final String MEDIA_TYPE = "application/schema+json";

    private static final String RESOURCES = "/org/ecoreform/platform/contracts/events/";
    private static final List<String> TYPES = readIndex();
    /** Read once: the gateway serves them on every request. */
    private static final Map<String, byte[]> SCHEMAS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(type -> type, type -> read(type + ".json")));

    private EventSchemas() {}

    /** Every event type with a schema, in the order of the index. */
    public static List<String> types() {
        return TYPES;
    }

    /** The path, below the public base address, where the schema of {@code eventType} is served. */
    public static String path(String eventType) {
        return PATH_PREFIX + eventType + ".json";
    }

    /** The {@code ce_dataschema} of an event: the schema's address below the given public base (no trailing slash needed). */
    public static String dataSchema(String publicBaseUrl, String eventType) {
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + path(eventType);
    }

    /** The schema document of a known event type; empty for any other name. */
    public static Optional<byte[]> schema(String eventType) {
        return Optional.ofNullable(SCHEMAS.get(eventType)).map(byte[]::clone);
    }

    private static List<String> readIndex() {
        return new String(read("index"), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static byte[] read(String name) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
