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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoreform.deploy.sample.MeasureTableConsumer;
import org.junit.jupiter.api.Test;

/** The sample consumer of deploy/samples, run against the shared system's broker. */
class SampleConsumerTest extends SharedSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void buildsTheCatalogueFromTheTopicAndFollowsChanges() throws Exception {
        try (MeasureTableConsumer sample = new MeasureTableConsumer(
                system.kafkaClientSettings(), "sample-" + UUID.randomUUID(), "ecoreform.measures.v1")) {
            pollUntil(sample, table -> table.size() >= 90);
            JsonNode published = get("/api/v1/measures/N2020-03");
            assertThat(sample.table().get("N2020-03").path("name").asText())
                    .isEqualTo(published.path("name").asText());

            String editor = system.token("sample-editor", "catalogue-editor", null);
            JsonNode created = send(
                    "POST",
                    "/api/v1/measures",
                    editor,
                    null,
                    Map.of(
                            "categoryId",
                            "C13",
                            "name",
                            "样例消费者测试措施",
                            "content",
                            "用于验证样例消费者。",
                            "sourceProvinces",
                            List.of("350000"),
                            "departments",
                            List.of("ndrc")),
                    201);
            String id = created.path("id").asText();
            pollUntil(sample, table -> table.containsKey(id));
            send("POST", "/api/v1/measures/" + id + "/retirement", editor, "\"v1\"", Map.of("reason", "样例测试后退役"), 200);
            pollUntil(sample, table -> table.get(id).path("version").asLong() == 2);
            assertThat(sample.table().get(id).path("status").asText()).isEqualTo("retired");
        }
    }

    @Test
    void keepsTheNewestVersionPerKeyAndDropsTombstonedOnes() throws Exception {
        String topic = "sample.scratch." + UUID.randomUUID();
        Map<String, Object> client = system.kafkaClientSettings();
        try (Admin admin = Admin.create(client)) {
            // the cluster's own replication factor: a single replica would not satisfy its min.insync.replicas
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())))
                    .all()
                    .get();
        }
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            producer.send(
                    new ProducerRecord<>(topic, "N2099-01", "{\"id\":\"N2099-01\",\"version\":1,\"name\":\"一\"}"));
            producer.send(
                    new ProducerRecord<>(topic, "N2099-01", "{\"id\":\"N2099-01\",\"version\":2,\"name\":\"二\"}"));
            producer.send(new ProducerRecord<>(
                    topic, "N2099-01", "{\"id\":\"N2099-01\",\"version\":1,\"name\":\"一\"}")); // redelivered
            producer.send(
                    new ProducerRecord<>(topic, "N2099-02", "{\"id\":\"N2099-02\",\"version\":1,\"name\":\"删\"}"));
            producer.send(new ProducerRecord<>(topic, "N2099-02", null)); // tombstone
            producer.send(new ProducerRecord<>(topic, "N2099-03", "not json"));
            producer.send(new ProducerRecord<>(topic, "N2099-04", "{\"id\":\"N2099-04\",\"version\":1,\"name\":\"末\"}"))
                    .get();
        }
        try (MeasureTableConsumer sample =
                new MeasureTableConsumer(system.kafkaClientSettings(), "sample-" + UUID.randomUUID(), topic)) {
            pollUntil(sample, table -> table.containsKey("N2099-04"));
            assertThat(sample.table().keySet()).containsExactlyInAnyOrder("N2099-01", "N2099-04");
            assertThat(sample.table().get("N2099-01").path("name").asText()).isEqualTo("二");
        }
    }

    private static void pollUntil(MeasureTableConsumer sample, Predicate<Map<String, JsonNode>> done) {
        await().alias("the sample consumer's table")
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    if (done.test(sample.table())) {
                        return true;
                    }
                    sample.pollOnce(Duration.ofMillis(500));
                    return done.test(sample.table());
                });
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(system.baseUrl("gateway") + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode send(String method, String path, String token, String ifMatch, Object body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.baseUrl("gateway") + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
