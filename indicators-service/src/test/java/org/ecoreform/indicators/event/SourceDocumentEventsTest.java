package org.ecoreform.indicators.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.indicators.service.PlanStore;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.testing.EventCapture;
import org.junit.jupiter.api.Test;

/** The plan documents are on a topic of their own: what the API lists, the topic holds. */
@QuarkusTest
class SourceDocumentEventsTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    PlanStore store;

    @Test
    void everyListedDocumentIsOnTheTopicWithTheSameFacts() throws Exception {
        JsonPath listed = given().get("/api/v1/source-documents?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> ids = listed.getList("items.id", Integer.class);
        assertThat(ids).isNotEmpty();
        try (EventCapture capture = EventCapture.fromBeginning(SourceDocumentEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = capture.await(
                    all -> all.stream().map(ConsumerRecord::key).distinct().count() >= ids.size(),
                    Duration.ofSeconds(60));
            Map<String, JsonNode> latest = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                latest.put(record.key(), mapper.readTree(record.value()));
            }
            for (int i = 0; i < ids.size(); i++) {
                JsonNode event = latest.get(String.valueOf(ids.get(i)));
                assertThat(event).as("document %s on the topic", ids.get(i)).isNotNull();
                assertThat(event.path("title").asText()).isEqualTo(listed.getString("items[" + i + "].title"));
                assertThat(event.path("targetCount").asInt()).isEqualTo(listed.getInt("items[" + i + "].targetCount"));
                assertThat(event.path("province").path("id").asText())
                        .isEqualTo(listed.getString("items[" + i + "].province"));
            }
        }
        // the list pages like every list
        String cursor = given().get("/api/v1/source-documents?limit=1&count=true")
                .then()
                .statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.equalTo(ids.get(0)))
                .body("total", org.hamcrest.Matchers.equalTo(ids.size()))
                .extract()
                .path("nextCursor");
        if (ids.size() > 1) {
            given().queryParam("limit", 1)
                    .queryParam("cursor", cursor)
                    .get("/api/v1/source-documents")
                    .then()
                    .body("items[0].id", org.hamcrest.Matchers.equalTo(ids.get(1)));
        }
    }

    @Test
    void aDocumentStoredBeforeDocumentsHadATopicIsAnnouncedOnce() throws Exception {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            SourceDocument first =
                    SourceDocument.<SourceDocument>list("order by id").get(0);
            first.version = 0;
            return first.id;
        });
        try (EventCapture capture = EventCapture.fromNow(SourceDocumentEvents.TOPIC)) {
            assertThat(store.announceUnannounced(Caller.system("test"))).isEqualTo(1);
            assertThat(store.announceUnannounced(Caller.system("test"))).isZero();
            JsonNode event = mapper.readTree(capture.awaitForKey(String.valueOf(id), 1, Duration.ofSeconds(30))
                    .get(0)
                    .value());
            assertThat(event.path("version").asLong()).isEqualTo(1);
            assertThat(event.path("id").asLong()).isEqualTo(id);
        }
    }
}
