package org.ecoreform.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bad-input suite every write endpoint must pass: each hostile request gets a 4xx
 * problem+json (never a 5xx), and the data read back afterwards is exactly what it was.
 * Unknown fields are rejected (documented in docs/contract.md), not ignored.
 */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OVER_LONG = "长".repeat(30_000);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BadInput() {}

    /**
     * A write endpoint and a valid body for it. {@code ifMatch} supplies the current tag for
     * endpoints that need one (so that it is the input, not the precondition, that fails).
     */
    public record Endpoint(
            String method,
            String path,
            String token,
            String contentType,
            Map<String, Object> validBody,
            Supplier<String> ifMatch,
            boolean partial) {

        public static Endpoint json(String method, String path, String token, Map<String, Object> validBody) {
            return new Endpoint(method, path, token, "application/json", validBody, null, false);
        }

        public Endpoint withIfMatch(Supplier<String> tag) {
            return new Endpoint(method, path, token, contentType, validBody, tag, partial);
        }

        /** A JSON merge patch: every field is optional, so an empty object is a valid no-op. */
        public Endpoint asMergePatch() {
            return new Endpoint(method, path, token, "application/merge-patch+json", validBody, ifMatch, true);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every hostile variant of the endpoint's input; {@code state} reads back what it could change. */
    public static void check(Endpoint endpoint, Supplier<String> state) {
        String before = state.get();
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("malformed JSON", utf8("{\"name\": \"x\","));
        cases.put("empty body", new byte[0]);
        cases.put("array instead of object", utf8("[]"));
        cases.put("string instead of object", utf8("\"text\""));
        cases.put("JSON null", utf8("null"));
        if (!endpoint.partial()) {
            cases.put("missing required fields", utf8("{}"));
        }
        cases.put("unknown field", json(replace(endpoint.validBody(), "unexpectedField", 1)));
        cases.put("invalid UTF-8", invalidUtf8(endpoint.validBody()));
        endpoint.validBody().forEach((field, value) -> {
            cases.put("wrong type of " + field, json(replace(endpoint.validBody(), field, wrongTypeFor(value))));
            if (value instanceof String) {
                cases.put("over-long " + field, json(replace(endpoint.validBody(), field, OVER_LONG)));
                cases.put("NUL in " + field, json(replace(endpoint.validBody(), field, value + "\u0000")));
                cases.put(
                        "escape sequence in " + field,
                        json(replace(endpoint.validBody(), field, "\u001b[31m" + value)));
            }
            if (value instanceof List<?> list && !list.isEmpty()) {
                cases.put(
                        "huge array " + field,
                        json(replace(endpoint.validBody(), field, Collections.nCopies(100_000, list.get(0)))));
                if (list.get(0) instanceof String) {
                    cases.put(
                            "over-long item of " + field,
                            json(replace(endpoint.validBody(), field, List.of(OVER_LONG))));
                    cases.put(
                            "control character in item of " + field,
                            json(replace(endpoint.validBody(), field, List.of(list.get(0) + "\u0007"))));
                }
            }
        });
        cases.forEach((name, body) ->
                assertRejected(endpoint + " with " + name, send(endpoint, endpoint.contentType(), body)));
        assertRejected(endpoint + " as text/plain", send(endpoint, "text/plain", json(endpoint.validBody())));
        assertThat(state.get())
                .as("%s: the data read back after the bad input", endpoint)
                .isEqualTo(before);
    }

    /** Ids that try to leave their path segment or smuggle SQL: a 4xx, never a 5xx. */
    public static void checkHostileIds(String method, String pathTemplate, String token, Map<String, Object> body) {
        for (String id : List.of(
                "..%2F..%2Fetc%2Fpasswd", "%2E%2E", "x%00y", "%27%20OR%201%3D1--", "%3Cscript%3E", "a".repeat(300))) {
            String path = pathTemplate.replace("{id}", id);
            RequestSpecification request =
                    given().urlEncodingEnabled(false).auth().oauth2(token);
            if (body != null) {
                request.contentType("application/json").body(json(body));
            }
            assertRejected(method + " " + path, request.request(method, path));
        }
    }

    /** Absurd paging parameters on a list endpoint: a 400 naming the parameter. */
    public static void checkPaging(String listPath) {
        for (String limit : List.of("-1", "0", "501", "99999999999999999999", "abc", "1e3")) {
            Response response = given().queryParam("limit", limit).get(listPath);
            assertRejected(listPath + " with limit=" + limit, response);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.jsonPath().getList("errors.field"))
                    .as("limit=%s", limit)
                    .contains("limit");
        }
        for (String cursor : List.of("forged", "AAAA", "%00", "a".repeat(1000), "azE6Li4vLi4v")) {
            Response response = given().urlEncodingEnabled(false)
                    .queryParam("cursor", cursor)
                    .get(listPath);
            assertRejected(listPath + " with cursor=" + cursor, response);
            assertThat(response.statusCode()).isEqualTo(400);
            if (!cursor.startsWith("%")) { // an encoded control character is refused before any parameter is read
                assertThat(response.jsonPath().getList("errors.field"))
                        .as("cursor=%s", cursor)
                        .contains("cursor");
            }
        }
    }

    private static void assertRejected(String what, Response response) {
        assertRejected(what, response.statusCode(), response.contentType(), response.asString());
    }

    private static void assertRejected(String what, HttpResponse<String> response) {
        assertRejected(
                what,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static void assertRejected(String what, int status, String contentType, String body) {
        assertThat(status).as("%s answered %s", what, body).isBetween(400, 499);
        assertThat(contentType).as("%s content type", what).startsWith("application/problem+json");
    }

    /**
     * Sends a body with its length declared, reading the answer while it writes, as HTTP clients do: a 413 for a
     * declared oversized body ends the upload at once. (REST Assured's blocking client writes the whole body before
     * it reads the answer: the 7.7 MB body took it 3.1 s, this client 0.04 s, both answered 413.)
     */
    private static HttpResponse<String> send(Endpoint endpoint, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + endpoint.path()))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + endpoint.token())
                .header("Content-Type", contentType)
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        if (endpoint.ifMatch() != null) {
            request.header("If-Match", endpoint.ifMatch().get());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(endpoint + " could not be sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(endpoint + " was interrupted", e);
        }
    }

    private static Object wrongTypeFor(Object value) {
        if (value instanceof String) {
            return Map.of("nested", 1);
        }
        if (value instanceof List<?>) {
            return "not-a-list";
        }
        if (value instanceof Number) {
            return "not-a-number";
        }
        if (value instanceof Boolean) {
            return "maybe";
        }
        return 42;
    }

    /** The valid body with its first text value replaced by bytes that are not UTF-8. */
    private static byte[] invalidUtf8(Map<String, Object> body) {
        String marker = "INVALID-UTF8-HERE";
        Map<String, Object> marked = new LinkedHashMap<>(body);
        marked.entrySet().stream()
                .filter(e -> e.getValue() instanceof String)
                .findFirst()
                .ifPresent(e -> e.setValue(marker));
        byte[] json = json(marked);
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        if (at < 0) {
            return new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(text.substring(0, at)));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes(utf8(text.substring(at + marker.length())));
        return out.toByteArray();
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Helper for the valid bodies of tests: a mutable copy with fields replaced. */
    public static Map<String, Object> replace(Map<String, Object> body, Object... fieldsAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            copy.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return copy;
    }

    /** Texts that look like markup or SQL: stored verbatim and returned as JSON string data. */
    public static List<String> hostileTexts() {
        return new ArrayList<>(List.of(
                "<script>alert('x')</script>",
                "'; DROP TABLE measure; --",
                "\" OR \"1\"=\"1",
                "<img src=x onerror=alert(1)>",
                "${jndi:ldap://example.invalid/a}",
                "{{7*7}}"));
    }
}
