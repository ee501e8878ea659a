package org.ecoreform.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The fault drills stop and restart this broker under load; they may only blame the services for
 * a lost event if the broker keeps every record it acknowledged across a restart.
 */
class EmbeddedKafkaBrokerTest {

    private static final String TOPIC = "restart-test";
    private static final int PARTITIONS = 3;

    @Test
    void everyAcknowledgedRecordSurvivesRestartsUnderLoad() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary()) {
            broker.start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)
                                .configs(Map.of("cleanup.policy", "compact"))))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger failures = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer =
                    new Thread(() -> writeUntilStopped(broker, acknowledged, failures, writing), "restart-test-writer");
            writer.start();
            for (int round = 0; round < 2; round++) {
                awaitMore(acknowledged::size, 100); // writes acknowledged before the outage
                int failed = failures.get();
                broker.stop();
                awaitAtLeast(failures::get, failed + 1); // the writer ran into the outage
                broker.start();
            }
            awaitMore(acknowledged::size, 100); // and wrote again after the last restart
            writing.set(false);
            writer.join();

            Set<String> missing = new TreeSet<>(acknowledged);
            readAll(broker).forEach(missing::remove);
            assertThat(acknowledged).hasSizeGreaterThan(100);
            assertThat(missing).as("acknowledged but not in the log").isEmpty();
        }
    }

    /** Writes like the outbox relay does: batches, acks=all, idempotence, a fresh producer after a failure. */
    private static void writeUntilStopped(
            EmbeddedKafkaBroker broker, Set<String> acknowledged, AtomicInteger failures, AtomicBoolean writing) {
        int next = 0;
        KafkaProducer<String, String> producer = null;
        while (writing.get()) {
            if (producer == null) {
                producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                                ProducerConfig.ACKS_CONFIG, "all",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                                ProducerConfig.LINGER_MS_CONFIG, 2,
                                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000),
                        new StringSerializer(),
                        new StringSerializer());
            }
            List<String> values = new ArrayList<>();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++, next++) {
                    values.add("value-" + next);
                    sent.add(producer.send(new ProducerRecord<>(TOPIC, "key-" + next % 7, "value-" + next)));
                }
                producer.flush();
                for (int i = 0; i < sent.size(); i++) {
                    sent.get(i).get(10, TimeUnit.SECONDS);
                    acknowledged.add(values.get(i));
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                producer.close(Duration.ZERO);
                producer = null;
                pause(300);
            }
        }
        if (producer != null) {
            producer.close();
        }
    }

    private static List<String> readAll(EmbeddedKafkaBroker broker) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(TOPIC, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    /** Waits until {@code count} has grown by {@code more} (at most 60 s): a state, not a duration. */
    private static void awaitMore(java.util.function.IntSupplier count, int more) {
        awaitAtLeast(count, count.getAsInt() + more);
    }

    private static void awaitAtLeast(java.util.function.IntSupplier count, int target) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(count::getAsInt, n -> n >= target);
    }

    /** The producer's back-off after a failed round (a pace, not a wait for state). */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
