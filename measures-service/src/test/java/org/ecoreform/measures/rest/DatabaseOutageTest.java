package org.ecoreform.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.outbox.OutboxEvent;
import org.ecoreform.platform.testing.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted while a client keeps writing: every answer is the write's result or a 503
 * problem with Retry-After (never a 500), no write is half done (each accepted version has exactly
 * one event, none is recorded for a refused one), and the service recovers without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void writesDuringADatabaseRestartAre503WithRetryAfterAndNoneIsHalfWritten() throws Exception {
        String id = MeasureWriteTest.createMeasure("数据库重启期间的写入");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger acceptedAfterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(
                () -> {
                    long version = 1;
                    while (writing.get()) {
                        Response answer = given().auth()
                                .oauth2(MeasureWriteTest.EDITOR)
                                .header("If-Match", "\"v" + version + "\"")
                                .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                                .body(Map.of("content", "第" + (version + 1) + "版"))
                                .patch("/api/v1/measures/" + id);
                        switch (answer.statusCode()) {
                            case 200 -> {
                                version = answer.jsonPath().getLong("version");
                                accepted.incrementAndGet();
                                if (restarted.get()) {
                                    acceptedAfterRestart.incrementAndGet();
                                }
                            }
                            case 503 -> {
                                refused.incrementAndGet();
                                if (answer.header("Retry-After") == null
                                        || !answer.contentType().startsWith("application/problem+json")) {
                                    unexpected.add("503 without Retry-After or problem+json: " + answer.asString());
                                }
                                pause(200);
                            }
                            // a write whose commit was cut off may or may not have happened: read where it stands
                            case 412 ->
                                version = given().get("/api/v1/measures/" + id)
                                        .jsonPath()
                                        .getLong("version");
                            default -> unexpected.add(answer.statusCode() + ": " + answer.asString());
                        }
                    }
                },
                "outage-writer");
        writer.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> accepted.get() >= 3);
            SharedInfrastructure.stopPostgres();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> refused.get() >= 3);
                given().get("/q/health/ready").then().statusCode(503);
                given().get("/q/health/live").then().statusCode(200);
            } finally {
                SharedInfrastructure.startPostgres();
                restarted.set(true);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acceptedAfterRestart.get() >= 3);
        } finally {
            writing.set(false);
            writer.join(30_000);
        }

        assertThat(unexpected)
                .as("answers other than 200, 503 (with Retry-After) and 412")
                .isEmpty();
        assertThat(refused.get()).isPositive();
        long version = given().get("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
        List<Long> published = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>list("aggregateId = ?1 order by id", id).stream()
                        .map(e -> e.aggregateVersion)
                        .toList());
        // one event per version, nothing for the refused writes: 1, 2, …, version
        assertThat(published)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, version)
                        .boxed()
                        .toList());
        assertThat(version - 1)
                .as("accepted writes (a cut-off commit may have happened too)")
                .isGreaterThanOrEqualTo(accepted.get());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
