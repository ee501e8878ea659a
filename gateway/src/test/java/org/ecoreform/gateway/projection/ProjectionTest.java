package org.ecoreform.gateway.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoreform.gateway.GatewayTesting;
import org.ecoreform.platform.security.Roles;
import org.ecoreform.platform.testing.EventCapture;
import org.ecoreform.platform.testing.SharedInfrastructure;
import org.ecoreform.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectionTest {

    @BeforeEach
    void viewsLoaded() {
        GatewayTesting.awaitReferenceViews();
    }

    @Test
    void aReplayFromOffsetZeroGivesIdenticalViews() {
        await().atMost(Duration.ofSeconds(30)).until(GatewayTesting::caughtUp);
        List<String> paths = List.of(
                "/api/v1/views/overview",
                "/api/v1/views/provinces/630000",
                "/api/v1/views/provinces/520000",
                "/api/v1/views/measures/N2020-57",
                "/api/v1/views/provinces/630000/gaps");
        List<String> before = paths.stream()
                .map(p -> given().get(p).then().statusCode(200).extract().asString())
                .toList();
        given().auth()
                .oauth2(Tokens.withRoles("ops", Roles.PROVINCE_EDITOR))
                .post("/api/v1/views/rebuild")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.withRoles("ops", Roles.ADMIN))
                .post("/api/v1/views/rebuild")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> GatewayTesting.caughtUp()
                        && given().get(paths.get(1)).jsonPath().getInt("coverage.adopted") >= 53);
        List<String> after = paths.stream()
                .map(p -> given().get(p).then().statusCode(200).extract().asString())
                .toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aDuplicatedEventChangesNothing() throws Exception {
        ConsumerRecord<String, String> original;
        try (EventCapture capture = EventCapture.fromBeginning("ecoreform.measures.v1")) {
            original =
                    capture
                            .await(
                                    all -> all.stream().anyMatch(r -> "N2020-03".equals(r.key())),
                                    Duration.ofSeconds(30))
                            .stream()
                            .filter(r -> "N2020-03".equals(r.key()))
                            .findFirst()
                            .orElseThrow();
        }
        String view = given().get("/api/v1/views/measures/N2020-03").asString();
        long lastChange = lastChangeSequence();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> duplicate =
                    new ProducerRecord<>(original.topic(), original.partition(), original.key(), original.value());
            original.headers().forEach(h -> duplicate.headers().add(h.key(), h.value()));
            long offset = producer.send(duplicate).get().offset();
            // consumed: the projection's position on that partition is past the duplicate (not a lag figure that may be
            // old)
            String position = "partitions.find { it.topic == '" + duplicate.topic() + "' && it.partition == "
                    + duplicate.partition() + " }.offset";
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/api/v1/views/status").jsonPath().getLong(position) > offset);
        }
        assertThat(given().get("/api/v1/views/measures/N2020-03").asString()).isEqualTo(view);
        assertThat(lastChangeSequence()).isEqualTo(lastChange);
        assertThat(new String(original.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8))
                .isEqualTo("N2020-03");
    }

    @Test
    void theChangesFeedPagesWithACursor() {
        JsonPath first = given().queryParam("limit", 5)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(5);
        JsonPath second = given().queryParam("limit", 5)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getLong("items[0].sequence")).isEqualTo(first.getLong("items[4].sequence") + 1);
        assertThat(first.getList("items.topic", String.class)).allMatch(t -> t.startsWith("ecoreform."));
        given().queryParam("cursor", "bad!").get("/api/v1/changes").then().statusCode(400);
        // the paging of every list: the next page is also a Link header, and since (the former name) still reads
        String link = given().queryParam("limit", 5).get("/api/v1/changes").header("Link");
        assertThat(link).contains("cursor=" + first.getString("nextCursor")).endsWith(">; rel=\"next\"");
        assertThat(given().queryParam("limit", 5)
                        .queryParam("since", first.getString("nextCursor"))
                        .get("/api/v1/changes")
                        .jsonPath()
                        .getLong("items[0].sequence"))
                .isEqualTo(second.getLong("items[0].sequence"));
        given().queryParam("cursor", first.getString("nextCursor"))
                .queryParam("since", first.getString("nextCursor"))
                .get("/api/v1/changes")
                .then()
                .statusCode(400);
    }

    private static long lastChangeSequence() {
        String cursor = null;
        long last = 0;
        while (true) {
            var request = given().queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").jsonPath();
            List<Long> sequences = page.getList("items.sequence", Long.class);
            if (sequences.isEmpty()) {
                return last;
            }
            last = sequences.get(sequences.size() - 1);
            cursor = page.getString("nextCursor");
        }
    }
}
