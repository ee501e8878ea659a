package org.ecoreform.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/**
 * Two instances of measures-service on one database, as two Kubernetes replicas run: writes go to
 * both, alternately, while both relays try to publish. The outbox relay's advisory lock must let
 * exactly one publish at a time, so the topic holds every acknowledged version of every measure
 * exactly once and in version order.
 */
public final class ReplicaDrill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "ecoreform.measures.v1";
    private static final String SERVICE = "measures-service";

    /** What the drill saw on the topic for the measures it wrote. */
    public record Report(
            int acknowledgedWrites, int serverErrors, int eventsOnTopic, int duplicated, int outOfOrder, int missing) {

        public boolean passed() {
            return serverErrors == 0
                    && duplicated == 0
                    && outOfOrder == 0
                    && missing == 0
                    && eventsOnTopic == acknowledgedWrites;
        }
    }

    private final LocalLauncher system;
    private final SystemClient http;
    private final String editor;

    public ReplicaDrill(LocalLauncher system) {
        this.system = system;
        this.http = new SystemClient(system.baseUrl("gateway"));
        this.editor = system.token("drill-replicas", "catalogue-editor", null);
    }

    /** {@code measures} measures written by as many writers, each created and then changed {@code versions - 1} times. */
    public Report run(int measures, int versions, Duration deadline) throws Exception {
        String second = system.startSecondInstance(SERVICE);
        try {
            List<String> instances = List.of(system.baseUrl(SERVICE), second);
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(measures);
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < measures; writer++) {
                int number = writer;
                running.add(writers.submit(() -> {
                    write(number, versions, instances, acknowledged);
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
            return check(acknowledged, deadline);
        } finally {
            system.stopSecondInstance(SERVICE);
        }
    }

    /** One measure: created, then changed, each write through the other instance than the one before. */
    private void write(int number, int versions, List<String> instances, Map<String, Long> acknowledged)
            throws Exception {
        JsonNode created = http.createMeasure(instances.get(number % 2), editor, "副本演练举措 " + number, "两个实例共用一个数据库。");
        if (created == null) {
            return;
        }
        String id = created.path("id").asText();
        long version = created.path("version").asLong();
        acknowledged.put(id, version);
        for (int write = 1; write < versions; write++) {
            JsonNode changed = http.write(
                    "PATCH",
                    instances.get((number + write) % 2) + "/api/v1/measures/" + id,
                    editor,
                    "\"v" + version + "\"",
                    "application/merge-patch+json",
                    Map.of("content", "第 " + (version + 1) + " 版。"),
                    200);
            if (changed == null) {
                return;
            }
            version = changed.path("version").asLong();
            acknowledged.put(id, version);
        }
    }

    /** Reads the topic from the start until every acknowledged version is there (or the deadline passes), then counts. */
    private Report check(Map<String, Long> acknowledged, Duration deadline) throws Exception {
        Map<String, List<Long>> seen = new ConcurrentHashMap<>();
        Map<String, Object> settings = new java.util.HashMap<>(system.kafkaClientSettings());
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant until = Instant.now().plus(deadline);
            while (Instant.now().isBefore(until) && !allSeen(acknowledged, seen)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (acknowledged.containsKey(record.key()) && record.value() != null) {
                        seen.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                .add(JSON.readTree(record.value())
                                        .path("version")
                                        .asLong());
                    }
                }
            }
        }
        int events = 0;
        int duplicated = 0;
        int outOfOrder = 0;
        int missing = 0;
        for (Map.Entry<String, Long> measure : acknowledged.entrySet()) {
            List<Long> versions = seen.getOrDefault(measure.getKey(), List.of());
            events += versions.size();
            duplicated += versions.size() - (int) versions.stream().distinct().count();
            for (int i = 1; i < versions.size(); i++) {
                outOfOrder += versions.get(i) <= versions.get(i - 1) ? 1 : 0;
            }
            for (long version = 1; version <= measure.getValue(); version++) {
                missing += versions.contains(version) ? 0 : 1;
            }
        }
        int written = acknowledged.values().stream().mapToInt(Long::intValue).sum();
        return new Report(written, http.serverErrors(), events, duplicated, outOfOrder, missing);
    }

    private static boolean allSeen(Map<String, Long> acknowledged, Map<String, List<Long>> seen) {
        return acknowledged.entrySet().stream()
                .allMatch(m -> seen.getOrDefault(m.getKey(), List.of()).contains(m.getValue()));
    }

    public static void print(Report r) {
        System.out.printf("%nReplica drill figures (two measures-service instances, one database)%n");
        System.out.printf(
                "  %d acknowledged writes, %d 5xx, %d events on the topic, %d duplicated, %d out of order, %d missing%n",
                r.acknowledgedWrites(),
                r.serverErrors(),
                r.eventsOnTopic(),
                r.duplicated(),
                r.outOfOrder(),
                r.missing());
        System.out.printf("  result: %s%n", r.passed() ? "PASSED" : "FAILED");
    }
}
