package org.ecoreform.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * A daemon thread that reads state topics: it hands a fresh consumer (no group, no auto-commit,
 * read_committed) to its body, and when the body fails or returns it starts over with a new one,
 * after a pause if it failed. The body keeps its own offsets and loops while {@link #isRunning()}.
 * Shared by the adoption-service catalogue replica and the gateway's view projector.
 */
public final class TopicReader {

    private static final Logger LOG = Logger.getLogger(TopicReader.class);
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final String name;
    private final Map<String, Object> kafka;
    private final int maxPollRecords;
    private final Consumer<KafkaConsumer<String, String>> body;
    private volatile boolean running;
    private volatile MeterRegistry metrics;
    private Thread thread;

    public TopicReader(
            String name, Map<String, Object> kafka, int maxPollRecords, Consumer<KafkaConsumer<String, String>> body) {
        this.name = name;
        this.kafka = kafka;
        this.maxPollRecords = maxPollRecords;
        this.body = body;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the body to finish and waits up to 10 s for it. */
    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(10_000);
        }
    }

    /** Binds each consumer's own client metrics ({@code kafka_consumer_…}, tagged {@code client=<name>}) while it lives. */
    public void bindMetrics(MeterRegistry registry) {
        this.metrics = registry;
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * The partitions of every topic, or empty (after a pause) while one of them does not exist yet:
     * the body returns and is called again with a new consumer.
     */
    public static Optional<List<TopicPartition>> partitionsOf(
            KafkaConsumer<String, String> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                LOG.infof("Waiting for topic %s", topic);
                pause(PAUSE);
                return Optional.empty();
            }
            infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return Optional.of(partitions);
    }

    /** Sleeps, keeping the interrupt flag if interrupted. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                            KafkaClients.consumer(
                                    kafka,
                                    Map.of(
                                            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                            false,
                                            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                                            "read_committed",
                                            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                                            maxPollRecords,
                                            // a rebuild reads whole topics: buffered fetches stay a few MB, not the
                                            // client's default 50 MB
                                            ConsumerConfig.FETCH_MAX_BYTES_CONFIG,
                                            8 << 20)),
                            new StringDeserializer(),
                            new StringDeserializer());
                    ClientMetrics bound = ClientMetrics.bind(consumer, name, metrics)) {
                body.accept(consumer);
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("%s paused (%s); retrying in %d s", name, e.getMessage(), PAUSE.toSeconds());
                    pause(PAUSE);
                }
            }
        }
    }
}
