package org.ecoreform.measures.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.outbox.OutboxEvent;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.SharedInfrastructure;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureEventsTest {

    private static final String EDITOR = Tokens.withRoles("editor-wang", Roles.CATALOGUE_EDITOR);
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    ObjectMapper mapper;

    @Test
    void theCompactedTopicHoldsEveryImportedMeasure() throws Exception {
        try (EventCapture capture = EventCapture.fromBeginning(MeasureEvents.TOPIC)) {
            var records = capture.await(
                    all -> all.stream().map(ConsumerRecord::key).distinct().count() >= 90, DEADLINE);
            ConsumerRecord<String, String> linPiao = records.stream()
                    .filter(r -> "N2020-03".equals(r.key()))
                    .findFirst()
                    .orElseThrow();
            JsonNode state = mapper.readTree(linPiao.value());
            assertThat(state.get("name").asText()).isEqualTo("“林票”制度");
            assertThat(state.get("version").asLong()).isEqualTo(1);
            assertThat(state.at("/category/nameZh").asText()).isEqualTo("自然资源资产产权");
        }
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, MeasureEvents.TOPIC);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void everyWriteYieldsExactlyOneCloudEventWithItsVersion() throws Exception {
        // ce_time is written to the second at least: the commit cannot come before the second the test began in
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (EventCapture capture = EventCapture.fromNow(MeasureEvents.TOPIC)) {
            String id = given().auth()
                    .oauth2(EDITOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "categoryId",
                            "C13",
                            "name",
                            "生态文明建设促进条例实施细则",
                            "content",
                            "细化条例的实施要求。",
                            "sourceProvinces",
                            List.of("350000"),
                            "departments",
                            List.of("npc-erpc")))
                    .post("/api/v1/measures")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().auth()
                    .oauth2(EDITOR)
                    .header("If-Match", "\"v1\"")
                    .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                    .body("{\"content\":\"细化条例的实施要求，明确责任。\"}")
                    .patch("/api/v1/measures/" + id)
                    .then()
                    .statusCode(200);

            List<ConsumerRecord<String, String>> events = capture.awaitForKey(id, 2, DEADLINE);
            assertThat(events).hasSize(2);
            ConsumerRecord<String, String> created = events.get(0);
            assertThat(EventCapture.header(created, "ce_specversion")).isEqualTo("1.0");
            UUID createdId = UUID.fromString(EventCapture.header(created, "ce_id"));
            assertThat(createdId.version()).as("a random UUID").isEqualTo(4);
            assertThat(EventCapture.header(events.get(1), "ce_id")).isNotEqualTo(createdId.toString());
            assertThat(EventCapture.header(created, "ce_source")).isEqualTo("/measures-service");
            assertThat(EventCapture.header(created, "ce_type")).isEqualTo("org.ecoreform.measure.changed.v1");
            assertThat(OffsetDateTime.parse(EventCapture.header(created, "ce_time"))
                            .toInstant())
                    .isBetween(before, Instant.now());
            assertThat(EventCapture.header(created, "ce_time"))
                    .as("RFC 3339, UTC, seconds written")
                    .matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$");
            assertThat(EventCapture.header(created, "ce_subject")).isEqualTo(id);
            assertThat(EventCapture.header(created, "content-type")).isEqualTo("application/json");
            assertThat(mapper.readTree(created.value()).get("version").asLong()).isEqualTo(1);
            // linked in its first state already, to an article of the implementation section (五十二 to
            // 五十六), which places a measure in none of the eight systems: no placement
            assertThat(mapper.readTree(created.value())
                            .at("/framework/0/article")
                            .asText())
                    .matches("F2015-A5[2-6]");
            assertThat(mapper.readTree(created.value()).has("placement")).isFalse();
            assertThat(mapper.readTree(events.get(1).value()).get("version").asLong())
                    .isEqualTo(2);
            assertThat(mapper.readTree(events.get(1).value()).get("content").asText())
                    .isEqualTo("细化条例的实施要求，明确责任。");
            assertThat(EventCapture.header(events.get(0), "ce_id"))
                    .isNotEqualTo(EventCapture.header(events.get(1), "ce_id"));
            // exactly one outbox row per version: a write is announced once
            long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.countFor(MeasureEvents.AGGREGATE, id));
            assertThat(rows).isEqualTo(2);
        }
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveAfterItReturnsInVersionOrder() throws Exception {
        String id = given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "categoryId",
                        "C13",
                        "name",
                        "生态环境保护责任清单",
                        "content",
                        "第0稿",
                        "sourceProvinces",
                        List.of("360000"),
                        "departments",
                        List.of("npc-erpc")))
                .post("/api/v1/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (EventCapture capture = EventCapture.fromNow(MeasureEvents.TOPIC)) {
            capture.await(all -> true, DEADLINE);
            SharedInfrastructure.stopKafka();
            try {
                for (int draft = 1; draft <= 5; draft++) {
                    given().auth()
                            .oauth2(EDITOR)
                            .header("If-Match", "\"v" + draft + "\"")
                            .contentType(MediaTypes.MERGE_PATCH_JSON_UTF8)
                            .body(Map.of("content", "第" + draft + "稿"))
                            .patch("/api/v1/measures/" + id)
                            .then()
                            .statusCode(200)
                            .body("version", org.hamcrest.Matchers.equalTo(draft + 1));
                }
                long pending = QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEvent.count("aggregateId = ?1 and publishedAt is null", id));
                assertThat(pending)
                        .as("events wait in the outbox while the broker is down")
                        .isEqualTo(5);
                // readiness reports the backlog once it is older than the bound (2 s in tests), and the cluster
                // once its background check (every 2 s) finds no broker; liveness does not care
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> {
                            io.restassured.response.Response ready = given().get("/q/health/ready");
                            return "DOWN".equals(ready.path("checks.find { it.name == 'outbox' }.status"))
                                    && "DOWN".equals(ready.path("checks.find { it.name == 'kafka' }.status"));
                        });
                given().get("/q/health/ready")
                        .then()
                        .statusCode(503)
                        .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'outbox' }.data.pending", greaterThanOrEqualTo(5))
                        .body("checks.find { it.name == 'outbox' }.data.oldestAgeSeconds", greaterThanOrEqualTo(2))
                        .body("checks.find { it.name == 'outbox' }.data.lastError", notNullValue())
                        // the cluster itself is reported, with the reason
                        .body("checks.find { it.name == 'kafka' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'kafka' }.data.problem", containsString("no broker answered"));
                given().get("/q/health/live").then().statusCode(200);
                assertThat(given().get("/q/metrics").asString())
                        .containsPattern("ecoreform_outbox_pending(\\{[^}]*\\})? [5-9]");
            } finally {
                SharedInfrastructure.startKafka();
            }
            await().atMost(DEADLINE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> given().get("/q/health/ready").statusCode() == 200);
            given().get("/q/health/ready")
                    .then()
                    .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(0))
                    .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.brokers", equalTo(1));
            // the relay's producer, made again after the outage, publishes its own client metrics
            assertThat(given().get("/q/metrics").asString())
                    .containsPattern("kafka_producer_record_send_total\\{[^}]*client=\"outbox-relay\"[^}]*} [1-9]");
            List<ConsumerRecord<String, String>> events = capture.await(
                    all -> all.stream()
                            .filter(r -> id.equals(r.key()))
                            .map(r -> version(r.value()))
                            .anyMatch(v -> v == 6),
                    DEADLINE);
            List<Long> versions = events.stream()
                    .filter(r -> id.equals(r.key()))
                    .map(r -> version(r.value()))
                    .toList();
            assertThat(versions).containsExactly(2L, 3L, 4L, 5L, 6L);
        }
    }

    private long version(String json) {
        try {
            return mapper.readTree(json).get("version").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
