package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecoreform.platform.testing.ProblemSpecs;
import org.junit.jupiter.api.Test;

/** The live change stream over HTTP: ids that are cursors, resuming with Last-Event-ID, retry and heartbeats (1 s in tests). */
@QuarkusTest
class ChangeStreamRouteTest {

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void aReconnectWithLastEventIdResumesRightAfterIt() throws Exception {
        // the reference data has flowed through the feed: take two consecutive changes of it
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().queryParam("limit", 2)
                                .get("/api/v1/changes")
                                .jsonPath()
                                .getList("items")
                                .size()
                        == 2);
        JsonPath first = given().queryParam("limit", 1)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String cursor = first.getString("nextCursor");
        long next = given().queryParam("cursor", cursor)
                .queryParam("limit", 1)
                .get("/api/v1/changes")
                .jsonPath()
                .getLong("items[0].sequence");

        Queue<String> lines = new ConcurrentLinkedQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = open(cursor, lines);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")));
            assertThat(lines).startsWith("retry: 3000", "id: " + cursor);
            String data = lines.stream()
                    .filter(l -> l.startsWith("data:"))
                    .findFirst()
                    .orElseThrow();
            assertThat(JsonPath.from(data.substring(5)).getLong("sequence"))
                    .as("the change right after the last id")
                    .isEqualTo(next);
            // each event's id is the cursor of GET /changes?cursor=
            List<String> read = List.copyOf(lines);
            String id = read.get(read.indexOf(data) - 1)
                    .substring(3)
                    .strip(); // the id of that event, on the line before its data
            assertThat(given().queryParam("cursor", id)
                            .queryParam("limit", 1)
                            .get("/api/v1/changes")
                            .jsonPath()
                            .getLong("items[0].sequence"))
                    .isGreaterThan(next);
            // a quiet stream still gets comments
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.contains(": heartbeat"));
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void anIdThisApiDidNotIssueIsABadRequest() {
        given().header("Last-Event-ID", "not-a-cursor")
                .get("/api/v1/changes/stream")
                .then()
                .spec(ProblemSpecs.problem(400));
    }

    private CompletableFuture<HttpResponse<Stream<String>>> open(String lastEventId, Queue<String> lines)
            throws Exception {
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(
                HttpRequest.newBuilder(gateway.toURI().resolve("/api/v1/changes/stream"))
                        .header("Accept", "text/event-stream")
                        .header("Last-Event-ID", lastEventId)
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-resume-reader");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }
}
