package org.ecoreform.deploy.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A sample for data teams: a local table of the national catalogue kept from
 * {@code ecoreform.measures.v1} with nothing but kafka-clients and a JSON parser.
 * Run: {@code java -cp deploy/target/classes:deploy/target/lib/* org.ecoreform.deploy.sample.MeasureTableConsumer localhost:19092}
 */
public final class MeasureTableConsumer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    /** measure id → its latest state; a version never goes back. */
    private final Map<String, JsonNode> table = new ConcurrentHashMap<>();

    public MeasureTableConsumer(String bootstrapServers, String groupId, String topic) {
        this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), groupId, topic);
    }

    /** With the cluster's client settings: servers and, on a secured cluster, security.protocol, sasl.*, ssl.*. */
    public MeasureTableConsumer(Map<String, Object> clientSettings, String groupId, String topic) {
        Properties config = new Properties();
        config.putAll(clientSettings);
        // one group per table: a second instance of the same group shares the partitions instead of copying them
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // a new group starts from the beginning: the compacted topic holds every measure's latest state
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** One poll: applies what arrived, commits the offsets after applying (at-least-once; duplicates are harmless). */
    public int pollOnce(Duration timeout) {
        int applied = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            applied += apply(record.key(), record.value()) ? 1 : 0;
        }
        consumer.commitSync();
        return applied;
    }

    /** Applies one record: a tombstone (null value) removes the measure, a state replaces an older version only. */
    boolean apply(String id, String value) {
        if (value == null) {
            return table.remove(id) != null;
        }
        try {
            JsonNode state = JSON.readTree(value);
            JsonNode held = table.get(id);
            if (held != null
                    && held.path("version").asLong() >= state.path("version").asLong()) {
                return false; // a redelivery or an older version: ordering holds per key only
            }
            table.put(id, state);
            return true;
        } catch (Exception e) {
            return false; // not JSON: skipped, never fatal
        }
    }

    public Map<String, JsonNode> table() {
        return Map.copyOf(table);
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        String servers = args.length > 0 ? args[0] : "localhost:19092";
        try (MeasureTableConsumer sample =
                new MeasureTableConsumer(servers, "sample-measure-table", "ecoreform.measures.v1")) {
            while (true) {
                if (sample.pollOnce(Duration.ofSeconds(1)) > 0) {
                    System.out.printf(
                            "%d measures held, %d retired%n",
                            sample.table.size(),
                            sample.table.values().stream()
                                    .filter(m -> m.path("status").asText().equals("retired"))
                                    .count());
                }
            }
        }
    }
}
