package org.ecoreform.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The configuration of every Kafka client a service builds by hand (outbox relay, topic
 * provisioning, state-topic readers): the service's shared client settings — everything under
 * {@code kafka.} in its configuration (or {@code KAFKA_…} in its environment), as Quarkus collects
 * them in the {@code default-kafka-broker} map: bootstrap servers, {@code security.protocol},
 * {@code sasl.*}, {@code ssl.*} — narrowed to the settings that kind of client knows, with the
 * client's own settings on top. So one place configures a secured cluster for all clients.
 */
public final class KafkaClients {

    /** The name under which Quarkus publishes the shared settings. */
    public static final String SHARED = "default-kafka-broker";

    private KafkaClients() {}

    public static Map<String, Object> consumer(Map<String, ?> shared, Map<String, ?> own) {
        // the readers assign partitions and keep their own offsets: no group, whatever the shared settings say
        return merge(
                ConsumerConfig.configNames(),
                shared,
                own,
                Set.of(ConsumerConfig.GROUP_ID_CONFIG, ConsumerConfig.CLIENT_ID_CONFIG));
    }

    public static Map<String, Object> producer(Map<String, ?> shared, Map<String, ?> own) {
        return merge(ProducerConfig.configNames(), shared, own, Set.of(ProducerConfig.CLIENT_ID_CONFIG));
    }

    public static Map<String, Object> admin(Map<String, ?> shared, Map<String, ?> own) {
        return merge(AdminClientConfig.configNames(), shared, own, Set.of(AdminClientConfig.CLIENT_ID_CONFIG));
    }

    private static Map<String, Object> merge(
            Set<String> known, Map<String, ?> shared, Map<String, ?> own, Set<String> left) {
        Map<String, Object> config = new HashMap<>();
        shared.forEach((name, value) -> {
            if (known.contains(name)
                    && !left.contains(name)
                    && value != null
                    && !value.toString().isEmpty()) {
                config.put(name, value);
            }
        });
        config.putAll(own);
        return config;
    }
}
