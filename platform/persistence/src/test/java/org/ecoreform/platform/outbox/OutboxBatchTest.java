package org.ecoreform.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoreform.platform.infra.EmbeddedKafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay's batch against a real broker: order kept, a refused event stopping the batch, an
 * unreachable broker leaving every row for the next round, and a crash between send and mark
 * publishing the same events again (same CloudEvent id and version, which consumers skip).
 */
class OutboxBatchTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00.123456Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String TYPE = "org.ecoreform.measure.changed.v1";

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.temporary();
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void eventsGoOutInTheOrderTheyWereWrittenAndEachIsMarkedOnce() throws Exception {
        String topic = newTopic();
        List<OutboxEvent> rows = rows(topic, "N2020-91", 1, 5);

        OutboxBatch.Result result;
        try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers(), Map.of())) {
            result = OutboxBatch.publish(producer, rows, config(), 5, CLOCK);
        }

        assertThat(result).isEqualTo(new OutboxBatch.Result(true, null));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.publishedAt).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
            assertThat(row.attempts).isEqualTo(1);
            assertThat(row.lastError).isNull();
        });
        List<ConsumerRecord<String, String>> published = readAll(topic, 5);
        assertThat(published)
                .extracting(ConsumerRecord::value)
                .containsExactly(payload(1), payload(2), payload(3), payload(4), payload(5));
        assertThat(published)
                .extracting(r -> header(r, "ce_id"))
                .containsExactlyElementsOf(
                        rows.stream().map(r -> r.eventId.toString()).toList());
    }

    @Test
    void aRefusedEventStopsTheBatchSoNoLaterVersionOvertakesIt() throws Exception {
        String topic = newTopic();
        List<OutboxEvent> rows = rows(topic, "N2020-92", 1, 3);
        rows.get(1).payload =
                "{\"version\":2,\"content\":\"" + "长".repeat(2000) + "\"}"; // larger than this producer sends

        OutboxBatch.Result result;
        try (KafkaProducer<String, String> producer =
                producer(broker.bootstrapServers(), Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2048))) {
            result = OutboxBatch.publish(producer, rows, config(), 200, CLOCK);
        }

        assertThat(result.fullBatch()).isFalse();
        assertThat(result.failure()).startsWith("RecordTooLargeException");
        assertThat(rows.get(0).publishedAt).isNotNull();
        assertThat(rows.get(1).publishedAt).isNull();
        assertThat(rows.get(1).attempts).isEqualTo(1);
        assertThat(rows.get(1).lastError).isEqualTo(result.failure());
        assertThat(rows.get(2).publishedAt).isNull();
        assertThat(rows.get(2).attempts).isZero(); // never sent: it waits behind the refused one
        assertThat(readAll(topic, 1)).extracting(ConsumerRecord::value).containsExactly(payload(1));
    }

    @Test
    void anUnreachableBrokerLeavesEveryRowForTheNextRoundWhichPublishesThem() throws Exception {
        String topic = newTopic();
        List<OutboxEvent> rows = rows(topic, "N2020-93", 1, 2);

        OutboxBatch.Result failed;
        try (KafkaProducer<String, String> nowhere =
                producer("localhost:1", Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300))) {
            failed = OutboxBatch.publish(nowhere, rows, config(), 200, CLOCK);
        }
        assertThat(failed.failure()).startsWith("TimeoutException");
        assertThat(rows).extracting(row -> row.publishedAt).containsOnlyNulls();
        assertThat(rows.get(0).attempts).isEqualTo(1);
        assertThat(rows.get(0).lastError).isEqualTo(failed.failure());
        assertThat(rows.get(1).attempts).isZero();

        OutboxBatch.Result retried;
        try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers(), Map.of())) {
            retried = OutboxBatch.publish(producer, rows, config(), 200, CLOCK);
        }
        assertThat(retried.failure()).isNull();
        assertThat(rows).extracting(row -> row.attempts).containsExactly(2, 1);
        assertThat(readAll(topic, 2)).extracting(ConsumerRecord::value).containsExactly(payload(1), payload(2));
    }

    @Test
    void aCrashBetweenSendAndMarkPublishesTheSameEventsAgain() throws Exception {
        String topic = newTopic();
        List<OutboxEvent> rows = rows(topic, "N2020-94", 1, 2);
        try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers(), Map.of())) {
            OutboxBatch.publish(producer, rows, config(), 200, CLOCK);
            // the process dies before its transaction commits: the rows are read again as they were
            List<OutboxEvent> asStored =
                    rows.stream().map(OutboxBatchTest::unpublishedCopy).toList();
            assertThat(OutboxBatch.publish(producer, asStored, config(), 200, CLOCK)
                            .failure())
                    .isNull();
        }

        List<ConsumerRecord<String, String>> published = readAll(topic, 4);
        assertThat(published)
                .extracting(ConsumerRecord::value)
                .containsExactly(payload(1), payload(2), payload(1), payload(2));
        assertThat(published)
                .extracting(r -> header(r, "ce_id"))
                .containsExactly(
                        rows.get(0).eventId.toString(),
                        rows.get(1).eventId.toString(),
                        rows.get(0).eventId.toString(),
                        rows.get(1).eventId.toString());
    }

    private static String payload(long version) {
        return "{\"version\":" + version + "}";
    }

    private static List<OutboxEvent> rows(String topic, String aggregate, long firstVersion, long lastVersion) {
        List<OutboxEvent> rows = new ArrayList<>();
        for (long version = firstVersion; version <= lastVersion; version++) {
            OutboxEvent row = new OutboxEvent();
            row.id = version;
            row.eventId = UUID.randomUUID();
            row.topic = topic;
            row.aggregateType = "measure";
            row.aggregateId = aggregate;
            row.aggregateVersion = version;
            row.eventType = TYPE;
            row.payload = payload(version);
            row.occurredAt = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
            rows.add(row);
        }
        return rows;
    }

    private static OutboxEvent unpublishedCopy(OutboxEvent sent) {
        OutboxEvent row = rows(sent.topic, sent.aggregateId, sent.aggregateVersion, sent.aggregateVersion)
                .get(0);
        row.eventId = sent.eventId;
        return row;
    }

    /** A topic of one partition, so the order on it is the order of every event sent. */
    private static String newTopic() throws Exception {
        String topic = "outbox-test-" + UUID.randomUUID();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private static KafkaProducer<String, String> producer(String servers, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(OutboxBatch.producerSettings(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), Duration.ofSeconds(5)));
        settings.putAll(overrides);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        assertThat(records).hasSize(expected);
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static OutboxConfig config() {
        return (OutboxConfig) Proxy.newProxyInstance(
                OutboxConfig.class.getClassLoader(),
                new Class<?>[] {OutboxConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "source" -> "/outbox-test";
                    case "publicUrl" -> "http://localhost:8080";
                    case "sendTimeout" -> Duration.ofSeconds(5);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
