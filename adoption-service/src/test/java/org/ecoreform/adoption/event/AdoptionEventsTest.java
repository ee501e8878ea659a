package org.ecoreform.adoption.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.adoption.AdoptionTesting;
import org.ecoreform.platform.testing.EventCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdoptionEventsTest {

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void referencePlanLoaded() {
        AdoptionTesting.awaitReferencePlan();
    }

    @Test
    void theImportedPlanIsOnTheCompactedTopic() throws Exception {
        try (EventCapture capture = EventCapture.fromBeginning(AdoptionEvents.TOPIC)) {
            var records = capture.await(
                    all -> all.stream()
                                    .filter(r -> r.key().startsWith("630000-2021-106-"))
                                    .map(ConsumerRecord::key)
                                    .distinct()
                                    .count()
                            >= 52,
                    Duration.ofSeconds(60));
            ConsumerRecord<String, String> row27 = records.stream()
                    .filter(r -> r.key().equals("630000-2021-106-27"))
                    .findFirst()
                    .orElseThrow();
            JsonNode state = mapper.readTree(row27.value());
            assertThat(state.get("measures").findValuesAsText("id")).containsExactly("N2020-46", "N2020-50");
            assertThat(EventCapture.header(row27, "ce_type")).isEqualTo("org.ecoreform.adoption.changed.v1");
            assertThat(EventCapture.header(row27, "ce_source")).isEqualTo("/adoption-service");
        }
    }

    @Test
    void aTransitionYieldsOneEventWithTheNextVersion() throws Exception {
        String id = given().auth()
                .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "planId",
                        AdoptionTesting.PLAN,
                        "measureIds",
                        List.of("N2020-58"),
                        "actions",
                        "推广林木保险。",
                        "responsibleUnits",
                        List.of("省林草局")))
                .post("/api/v1/adoptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (EventCapture capture = EventCapture.fromNow(AdoptionEvents.TOPIC)) {
            given().auth()
                    .oauth2(AdoptionTesting.QINGHAI_EDITOR)
                    .header("If-Match", "\"v1\"")
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", "in-progress", "narrative", "已启动"))
                    .post("/api/v1/adoptions/" + id + "/transitions")
                    .then()
                    .statusCode(200);
            List<ConsumerRecord<String, String>> events = capture.awaitForKey(id, 1, Duration.ofSeconds(30));
            assertThat(events).hasSize(1);
            JsonNode state = mapper.readTree(events.get(0).value());
            assertThat(state.get("version").asLong()).isEqualTo(2);
            assertThat(state.get("status").asText()).isEqualTo("in-progress");
            assertThat(EventCapture.header(events.get(0), "ce_subject")).isEqualTo(id);
            assertThat(EventCapture.header(events.get(0), "ce_specversion")).isEqualTo("1.0");
        }
    }
}
