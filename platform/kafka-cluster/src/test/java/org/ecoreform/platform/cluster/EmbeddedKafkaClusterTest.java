package org.ecoreform.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.ecoreform.platform.events.KafkaReadiness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three-node SASL_SSL cluster: a broker killed with SIGKILL in the middle of acknowledged
 * writes loses none of them (three replicas, min.insync.replicas=2, acks=all), and a client with a
 * wrong password is refused and told so by the readiness check the services use.
 */
class EmbeddedKafkaClusterTest {

    private static final EmbeddedKafkaCluster.User SERVICE =
            new EmbeddedKafkaCluster.User("measures-service", "s3cret-scram");
    private static EmbeddedKafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedKafkaCluster.start(3, List.of(SERVICE));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void acknowledgedWritesSurviveABrokerKilledMidwayOncePerVersionAndInOrder() throws Exception {
        String topic = "drill.cluster.v1";
        Map<String, Object> settings = cluster.clientSettings(SERVICE.name(), SERVICE.password());
        try (Admin admin = Admin.create(settings)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 3).configs(Map.of("min.insync.replicas", "2"))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            TopicDescription description = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic);
            assertThat(description.partitions())
                    .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        }

        Map<String, Object> producerSettings = new HashMap<>(settings);
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerSettings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        Map<String, List<Long>> acknowledged = new LinkedHashMap<>();
        int keys = 10;
        int versions = 30;
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer())) {
            for (int version = 1; version <= versions; version++) {
                if (version == versions / 3) {
                    cluster.kill(2);
                }
                if (version == 2 * versions / 3) {
                    cluster.restart(2);
                }
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (int key = 0; key < keys; key++) {
                    sent.add(producer.send(new ProducerRecord<>(topic, "k" + key, String.valueOf(version))));
                }
                for (int key = 0; key < keys; key++) {
                    sent.get(key).get(60, TimeUnit.SECONDS);
                    acknowledged
                            .computeIfAbsent("k" + key, k -> new ArrayList<>())
                            .add((long) version);
                }
            }
        }

        Map<String, Object> consumerSettings = new HashMap<>(settings);
        consumerSettings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<Long>> read = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions =
                    List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1), new TopicPartition(topic, 2));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (read.values().stream().mapToInt(List::size).sum() < keys * versions
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    read.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Long.parseLong(record.value()));
                }
            }
        }
        assertThat(read)
                .as("every acknowledged version once, in the order written")
                .isEqualTo(acknowledged);
    }

    @Test
    void readinessSaysPlainlyThatTheClusterRefusedAWrongPassword() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(KafkaReadiness.class.getName());
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getLevel() + " "
                        + (record instanceof org.jboss.logmanager.ExtLogRecord ext
                                ? ext.getFormattedMessage()
                                : record.getMessage()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try (KafkaReadiness right = new KafkaReadiness(cluster.clientSettings(SERVICE.name(), SERVICE.password()));
                KafkaReadiness wrong = new KafkaReadiness(cluster.clientSettings(SERVICE.name(), "not-the-password"))) {
            HealthCheckResponse accepted = right.call();
            assertThat(accepted.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(accepted.getData().orElseThrow()).containsEntry("brokers", 3L);

            HealthCheckResponse refused = wrong.call();
            assertThat(refused.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(String.valueOf(refused.getData().orElseThrow().get("problem")))
                    .startsWith("the cluster refused the login (check KAFKA_SASL_JAAS_CONFIG")
                    .contains("Authentication failed");
        } finally {
            log.removeHandler(capture);
        }
        assertThat(logged)
                .as("the log says it too, once")
                .filteredOn(line -> line.contains("refused the login"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("ERROR Kafka at " + cluster.bootstrapServers() + " cannot be used"));
    }
}
