package org.ecoreform.deploy;

import java.util.Map;
import org.ecoreform.platform.cluster.EmbeddedKafkaCluster;

/**
 * A Kafka cluster of the caller's that the services use instead of the embedded broker: the client settings every
 * service gets as {@code KAFKA_…} variables, the replication its topics are created with, and how the drills take a
 * broker away and bring it back.
 */
record ExternalKafka(
        Map<String, Object> clientSettings, int replicationFactor, int minInsyncReplicas, KafkaOutage outage) {

    /** A cluster of {@link EmbeddedKafkaCluster}'s, reached as {@code user}; its outage kills node {@code victim}. */
    static ExternalKafka of(EmbeddedKafkaCluster cluster, EmbeddedKafkaCluster.User user, int victim) {
        return new ExternalKafka(
                cluster.clientSettings(user.name(), user.password()),
                cluster.replicationFactor(),
                cluster.minInsyncReplicas(),
                KafkaOutage.of(() -> cluster.kill(victim), () -> cluster.restart(victim)));
    }

    String bootstrapServers() {
        return String.valueOf(clientSettings.get("bootstrap.servers"));
    }
}
