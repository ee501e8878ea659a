package org.ecoreform.indicators.event;

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
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetEventsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyImportedTargetIsOnTheCompactedTopic() throws Exception {
        String id = "520000-forest-coverage-2020";
        io.restassured.path.json.JsonPath served = given().get("/api/v1/targets/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        try (EventCapture capture = EventCapture.fromBeginning(TargetEvents.TOPIC)) {
            // the topic holds every version; its latest is the state the API serves, attainment included
            var records = capture.await(
                    all -> all.stream().map(ConsumerRecord::key).distinct().count() >= 36
                            && all.stream()
                                    .anyMatch(r -> r.key().equals(id)
                                            && r.value().contains("\"version\":" + served.getLong("version"))),
                    Duration.ofSeconds(60));
            ConsumerRecord<String, String> forest = records.stream()
                    .filter(r -> r.key().equals(id))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            JsonNode state = mapper.readTree(forest.value());
            assertThat(state.get("value").decimalValue()).isEqualByComparingTo("60");
            assertThat(state.get("version").asLong()).isEqualTo(served.getLong("version"));
            assertThat(state.at("/attainment/status").asText()).isEqualTo(served.getString("attainment.status"));
            assertThat(EventCapture.header(forest, "ce_type")).isEqualTo("org.ecoreform.target.changed.v1");
            assertThat(EventCapture.header(forest, "ce_source")).isEqualTo("/indicators-service");
        }
    }

    @Test
    void anObservationReannouncesTheTargetWithItsAttainment() throws Exception {
        try (EventCapture capture = EventCapture.fromNow(TargetEvents.TOPIC)) {
            given().auth()
                    .oauth2(Tokens.provinceEditor("guizhou-stats", "520000"))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "province",
                            "520000",
                            "indicator",
                            "development-intensity",
                            "period",
                            2020,
                            "value",
                            4.5,
                            "status",
                            "verified",
                            "source",
                            "贵州省国土变更调查2020"))
                    .post("/api/v1/observations")
                    .then()
                    .statusCode(201);
            List<ConsumerRecord<String, String>> events =
                    capture.awaitForKey("520000-development-intensity-2020", 1, Duration.ofSeconds(30));
            assertThat(events).hasSize(1);
            JsonNode state = mapper.readTree(events.get(0).value());
            assertThat(state.get("version").asLong()).isEqualTo(2);
            assertThat(state.at("/attainment/status").asText()).isEqualTo("missed");
            assertThat(state.at("/latestObservation/value").decimalValue()).isEqualByComparingTo("4.5");
            assertThat(state.has("observations")).isFalse();
        }
    }
}
