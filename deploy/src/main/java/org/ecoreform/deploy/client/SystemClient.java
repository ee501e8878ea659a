package org.ecoreform.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running system as the launcher's tools (drills, benchmarks) call it: JSON reads, writes with
 * tokens and {@code If-Match}, versions from ETags, a count of the server errors (5xx, or no answer)
 * a drill must not see, and waiting until the views hold what the services published.
 */
public final class SystemClient {

    /** The partitions the gateway projects: measures 3, framework 1, adoptions 3, indicators 3, plan tasks 3, accountability 1. */
    public static final int PROJECTED_PARTITIONS = 14;
    /** Catalogue measures Qinghai's shipped notice adopts: its province view shows them once the reference data is in. */
    public static final int REFERENCE_MEASURES_ADOPTED_BY_QINGHAI = 53;

    public static final String QINGHAI_VIEW = "/api/v1/views/provinces/630000";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AtomicInteger serverErrors = new AtomicInteger();

    public SystemClient(String gateway) {
        this.gateway = gateway;
    }

    public String gateway() {
        return gateway;
    }

    /** The underlying client, for calls that stream or time themselves. */
    public HttpClient http() {
        return http;
    }

    public int serverErrors() {
        return serverErrors.get();
    }

    public void countServerError() {
        serverErrors.incrementAndGet();
    }

    // ---- reads

    /** A GET of a path of the gateway, or of a full URL; a status other than 200 is an error. */
    public JsonNode json(String pathOrUrl) {
        try {
            return JSON.readTree(text(pathOrUrl, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A GET as JSON; IOException when it is not answered 200 (a restarting gateway, a view not there yet). */
    public JsonNode getJson(String pathOrUrl, String token) throws IOException, InterruptedException {
        return JSON.readTree(text(pathOrUrl, token));
    }

    /** A GET as text; IOException when it is not answered 200. */
    public String text(String pathOrUrl, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).timeout(CALL_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(pathOrUrl + " answered " + response.statusCode());
        }
        return response.body();
    }

    public int status(String method, String url) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(uri(url))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The version a resource's strong ETag ({@code "v7"}) names. */
    public long versionOf(String url) throws IOException, InterruptedException {
        return versionIn(exchange("GET", url, null, null, null, 200, null));
    }

    public static long versionIn(HttpResponse<?> response) {
        return Long.parseLong(
                response.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
    }

    // ---- writes

    /**
     * {@code POST /api/v1/measures} at {@code baseUrl} (the gateway, or measures-service itself): a measure the drills
     * write, in category C13, from Qinghai, guided by the NPC's environment committee. Answers the created measure, or
     * null when the call failed (counted as {@link #write} counts it).
     */
    public JsonNode createMeasure(String baseUrl, String token, String name, String content)
            throws IOException, InterruptedException {
        Map<String, Object> body = Map.of(
                "categoryId",
                "C13",
                "name",
                name,
                "content",
                content,
                "sourceProvinces",
                List.of("630000"),
                "departments",
                List.of("npc-erpc"));
        return write("POST", baseUrl + "/api/v1/measures", token, null, "application/json", body, 201);
    }

    /**
     * A write with a JSON body, as a drill makes it: its answer, or null after a server error (5xx or
     * no answer, counted); any other status than {@code expected} is an error.
     */
    public JsonNode write(
            String method, String url, String token, String ifMatch, String contentType, Object body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(
                    request(method, url, token, contentType, JSON.writeValueAsString(body), ifMatch),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            serverErrors.incrementAndGet();
            return null;
        }
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
            System.out.printf("[drill] %s %s answered %d: %s%n", method, url, response.statusCode(), response.body());
            return null;
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** A call whose status must be {@code expected} (anything else is an error, with the body that came); the whole answer. */
    public HttpResponse<String> exchange(
            String method, String url, String token, String contentType, String body, int expected, String ifMatch)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(method, url, token, contentType, body, ifMatch), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private HttpRequest request(
            String method, String url, String token, String contentType, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url))
                .timeout(CALL_TIMEOUT)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : gateway + pathOrUrl);
    }

    // ---- waiting for the views

    /** Until every projected partition is read to its end and Qinghai's view shows at least {@code adopted} measures. */
    public void awaitViewsCaughtUp(Duration limit, int adopted) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode status = json("/api/v1/views/status");
                if (status.path("partitions").size() == PROJECTED_PARTITIONS
                        && status.path("lag").asLong() == 0
                        && json(QINGHAI_VIEW + "?fields=coverage")
                                        .at("/coverage/adopted")
                                        .asInt()
                                >= adopted) {
                    return;
                }
            } catch (IllegalStateException | UncheckedIOException e) {
                // not ready yet (a view not composed, a service still starting)
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the views did not catch up within " + limit);
    }

    /** Until the reference data of every service is in the views. */
    public void awaitReferenceViews(Duration limit) throws InterruptedException {
        awaitViewsCaughtUp(limit, REFERENCE_MEASURES_ADOPTED_BY_QINGHAI);
    }
}
