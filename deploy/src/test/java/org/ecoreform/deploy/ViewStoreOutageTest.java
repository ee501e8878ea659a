package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The gateway's view store (MongoDB) restarted under it, on the shared system: while the store is
 * away the gateway says it is not ready but stays alive and keeps serving what does not need the
 * store (the services behind it, writes included), and a view it would have to read from the store
 * is a 503 problem with Retry-After; once the store is back it is ready again and its views catch up
 * with what was written meanwhile.
 */
class ViewStoreOutageTest extends SharedSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void theGatewayServesWhatItCanWhileItsViewStoreIsAwayAndCatchesUpAfter() throws Exception {
        String editor = system.token("view-store-drill", "catalogue-editor", null);
        JsonNode created = JSON.readTree(send(
                "POST",
                "/api/v1/measures",
                editor,
                null,
                Map.of(
                        "categoryId",
                        "C13",
                        "name",
                        "视图存储中断演练",
                        "content",
                        "中断之前。",
                        "sourceProvinces",
                        List.of("630000"),
                        "departments",
                        List.of("npc-erpc")),
                201));
        String id = created.path("id").asText();
        String view = "/api/v1/views/measures/" + id;
        awaitStatus(view, 200, body -> body.contains("中断之前"));

        system.stopViewStore();
        try {
            awaitStatus("/q/health/ready", 503, body -> body.contains("DOWN"));
            assertThat(get("/q/health/live").statusCode())
                    .as("liveness does not depend on the view store")
                    .isEqualTo(200);
            // a variant of the view never rendered before is not cached: it has to be read from the store
            HttpResponse<String> uncached = get(view + "?fields=measure");
            assertThat(uncached.statusCode())
                    .as("a view that is not cached: %s", uncached.body())
                    .isEqualTo(503);
            assertThat(uncached.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(uncached.headers().firstValue("Retry-After")).isPresent();
            assertThat(get("/api/v1/measures/" + id).statusCode())
                    .as("the services' own paths are served")
                    .isEqualTo(200);
            send("PATCH", "/api/v1/measures/" + id, editor, "\"v1\"", Map.of("content", "中断期间写入。"), 200);
        } finally {
            system.startViewStore();
        }

        awaitStatus("/q/health/ready", 200, body -> true);
        awaitStatus(view, 200, body -> body.contains("中断期间写入"));
    }

    private void awaitStatus(String path, int status, Predicate<String> body) throws Exception {
        AtomicReference<String> last = new AtomicReference<>("no answer");
        try {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreException(java.io.IOException.class) // the gateway is busy reconnecting
                    .until(() -> {
                        HttpResponse<String> answer = get(path);
                        last.set(answer.statusCode() + " " + answer.body());
                        return answer.statusCode() == status && body.test(answer.body());
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    path + " did not answer " + status + " as expected within 90 s; last: " + last.get(), e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        // generous: with the view store away, a readiness check waits for the driver's server selection (2 s)
        return http.send(
                HttpRequest.newBuilder(URI.create(system.baseUrl("gateway") + path))
                        .timeout(Duration.ofSeconds(40))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String send(String method, String path, String token, String ifMatch, Object body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.baseUrl("gateway") + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expected);
        return response.body();
    }
}
