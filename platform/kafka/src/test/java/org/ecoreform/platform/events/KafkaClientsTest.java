package org.ecoreform.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    /** What a secured cluster needs, as it arrives from kafka.* / KAFKA_* settings, with some that are not for every client. */
    private static final Map<String, Object> SHARED = Map.of(
            "bootstrap.servers", "kafka-0.example:9093,kafka-1.example:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"measures\" password=\"s\";",
            "ssl.truststore.location", "/etc/kafka/ca.p12",
            "group.id", "measures-service",
            "acks", "1",
            "auto.offset.reset", "latest",
            "tls-configuration-name", "kafka");

    @Test
    void everyClientGetsTheConnectionAndSecuritySettings() {
        for (Map<String, Object> config : new Map[] {
            KafkaClients.consumer(SHARED, Map.of()),
            KafkaClients.producer(SHARED, Map.of()),
            KafkaClients.admin(SHARED, Map.of())
        }) {
            assertThat(config)
                    .containsEntry("bootstrap.servers", "kafka-0.example:9093,kafka-1.example:9093")
                    .containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsKey("sasl.jaas.config")
                    .containsEntry("ssl.truststore.location", "/etc/kafka/ca.p12")
                    .doesNotContainKey("tls-configuration-name");
        }
    }

    @Test
    void eachClientKeepsOnlyWhatItKnowsAndItsOwnSettingsWin() {
        Map<String, Object> producer = KafkaClients.producer(SHARED, Map.of("acks", "all"));
        Map<String, Object> consumer = KafkaClients.consumer(SHARED, Map.of("enable.auto.commit", false));
        Map<String, Object> admin = KafkaClients.admin(SHARED, Map.of());

        assertThat(producer).containsEntry("acks", "all").doesNotContainKeys("auto.offset.reset", "group.id");
        assertThat(consumer)
                .containsEntry("auto.offset.reset", "latest")
                .containsEntry("enable.auto.commit", false)
                .as("the readers keep their own offsets")
                .doesNotContainKeys("group.id", "acks");
        assertThat(admin).doesNotContainKeys("acks", "auto.offset.reset", "group.id");
    }
}
