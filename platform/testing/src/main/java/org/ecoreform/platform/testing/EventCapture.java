package org.ecoreform.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoreform.platform.contracts.EventSchemas;
import org.ecoreform.platform.events.CloudEventHeaders;

/**
 * Reads what a service published: every record of a topic from "now" (or from the start) on. Every
 * record read is checked against its event contract ({@link EventContracts#violations}) as it
 * arrives, so each test that captures events checks their schema too, whatever runs before or after it.
 */
public final class EventCapture implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    private EventCapture(String topic, boolean fromBeginning) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SharedInfrastructure.kafkaBootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = awaitPartitions(topic);
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position); // fix the starting point now, not at the first poll
    }

    /** Captures what is published after this call; waits for the topic to exist. */
    public static EventCapture fromNow(String topic) {
        return new EventCapture(topic, false);
    }

    public static EventCapture fromBeginning(String topic) {
        return new EventCapture(topic, true);
    }

    /** Reads until the captured records satisfy {@code done}, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> await(
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        try {
            org.awaitility.Awaitility.await()
                    .atMost(timeout)
                    .pollInSameThread() // the consumer is read on the test's thread only
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)) // each evaluation waits in the consumer's poll itself
                    .until(() -> done.test(records) || readOnce(done));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected events did not arrive within " + timeout + "; got " + describe());
        }
        return List.copyOf(records);
    }

    /** One poll of the topic; every event of a known type is checked against its contract as it arrives. */
    private boolean readOnce(Predicate<List<ConsumerRecord<String, String>>> done) {
        List<String> broken = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            records.add(record);
            if (EventSchemas.types()
                    .contains(header(record, CloudEventHeaders.TYPE))) { // a test's own event types are no contract
                EventContracts.violations(record)
                        .forEach(v ->
                                broken.add(record.topic() + " " + record.key() + "@" + record.offset() + ": " + v));
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("published events break their contract:\n" + String.join("\n", broken));
        }
        return done.test(records);
    }

    /** Waits until at least {@code count} records with the given key arrived; returns those. */
    public List<ConsumerRecord<String, String>> awaitForKey(String key, int count, Duration timeout) {
        await(all -> forKey(all, key).size() >= count, timeout);
        return forKey(records, key);
    }

    /** Everything up to the topic's current end (as of this call), waiting at most {@code timeout} for it. */
    public List<ConsumerRecord<String, String>> drain(Duration timeout) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return await(
                all -> ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue()),
                timeout);
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> forKey(List<ConsumerRecord<String, String>> all, String key) {
        return all.stream().filter(r -> key.equals(r.key())).toList();
    }

    private List<TopicPartition> awaitPartitions(String topic) {
        List<PartitionInfo> infos = org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .alias("topic " + topic + " created")
                .until(
                        () -> consumer.partitionsFor(topic, Duration.ofSeconds(5)),
                        found -> found != null && !found.isEmpty());
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private String describe() {
        return records.size() + " records "
                + records.stream().map(r -> r.key() + "@" + r.offset()).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ZERO);
    }
}
