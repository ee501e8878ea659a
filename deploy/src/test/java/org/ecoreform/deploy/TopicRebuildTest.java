package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecoreform.deploy.sample.MeasureTableConsumer;
import org.junit.jupiter.api.Test;

/**
 * A data team's day: plans, records, targets, tasks and plan documents rebuilt from the topics
 * alone (nothing but kafka-clients, as the sample consumer does) are what the API serves: the same
 * ids, versions and fields, timestamps byte for byte, and each record's provenance is its plan's
 * document.
 */
class TopicRebuildTest extends SharedSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A topic, the list that serves the same aggregates, and the fields both must carry alike. */
    private record Aggregate(String topic, String list, String key, List<String> fields) {}

    private static final List<Aggregate> AGGREGATES = List.of(
            new Aggregate(
                    "ecoreform.adoption-plans.v1",
                    "/api/v1/plans",
                    "id",
                    List.of("/documentNumber", "/title", "/issuedOn", "/issuingBody", "/province/id")),
            new Aggregate(
                    "ecoreform.adoptions.v1",
                    "/api/v1/adoptions",
                    "id",
                    List.of(
                            "/version",
                            "/planId",
                            "/status",
                            "/name",
                            "/updatedAt",
                            "/createdAt",
                            "/provenance/document")),
            new Aggregate(
                    "ecoreform.indicators.v1",
                    "/api/v1/targets",
                    "id",
                    List.of("/version", "/province/id", "/year", "/value", "/updatedAt")),
            new Aggregate(
                    "ecoreform.plan-tasks.v1",
                    "/api/v1/plan-tasks",
                    "id",
                    List.of("/version", "/text", "/dueYear", "/updatedAt")),
            new Aggregate(
                    "ecoreform.source-documents.v1",
                    "/api/v1/source-documents",
                    "id",
                    List.of("/title", "/targetCount", "/file")));

    @Test
    void whatTheTopicsRebuildIsWhatTheApiServes() throws Exception {
        Map<String, Map<String, JsonNode>> rebuilt = new LinkedHashMap<>();
        for (Aggregate aggregate : AGGREGATES) {
            Map<String, JsonNode> served = list(aggregate.list(), aggregate.key());
            assertThat(served).as(aggregate.list()).isNotEmpty();
            Map<String, JsonNode> table = rebuild(aggregate, served);
            assertThat(table.keySet()).as(aggregate.topic()).containsExactlyInAnyOrderElementsOf(served.keySet());
            for (Map.Entry<String, JsonNode> item : served.entrySet()) {
                for (String field : aggregate.fields()) {
                    assertThat(table.get(item.getKey()).at(field))
                            .as("%s %s%s", aggregate.topic(), item.getKey(), field)
                            .isEqualTo(item.getValue().at(field));
                }
            }
            rebuilt.put(aggregate.topic(), table);
        }
        // from the topics alone: every record's provenance is the document of the plan it belongs to
        Map<String, JsonNode> plans = rebuilt.get("ecoreform.adoption-plans.v1");
        assertThat(rebuilt.get("ecoreform.adoptions.v1").values())
                .allSatisfy(
                        record -> assertThat(record.at("/provenance/document").asText())
                                .as(record.path("id").asText())
                                .isEqualTo(plans.get(record.path("planId").asText())
                                        .path("documentNumber")
                                        .asText()));
    }

    /** The topic's table, once it holds every item served, each at the version served. */
    private Map<String, JsonNode> rebuild(Aggregate aggregate, Map<String, JsonNode> served) {
        try (MeasureTableConsumer consumer = new MeasureTableConsumer(
                system.kafkaClientSettings(), "rebuild-" + UUID.randomUUID(), aggregate.topic())) {
            await().alias(aggregate.topic() + " rebuilt from its first offset")
                    .atMost(Duration.ofSeconds(90))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        consumer.pollOnce(Duration.ofMillis(500));
                        return caughtUp(consumer.table(), served);
                    });
            return consumer.table();
        }
    }

    private static boolean caughtUp(Map<String, JsonNode> table, Map<String, JsonNode> served) {
        return served.entrySet().stream()
                .allMatch(item -> table.containsKey(item.getKey())
                        && table.get(item.getKey()).path("version").asLong()
                                >= item.getValue().path("version").asLong());
    }

    /** Every item of a cursor-paged list, by key. */
    private Map<String, JsonNode> list(String path, String key) throws Exception {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        String cursor = null;
        do {
            String url = system.baseUrl("gateway") + path + "?limit=500"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("items").forEach(item -> items.put(item.path(key).asText(), item));
            cursor = page.hasNonNull("nextCursor") ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }
}
