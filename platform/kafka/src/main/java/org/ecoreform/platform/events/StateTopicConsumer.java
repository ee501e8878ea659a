package org.ecoreform.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

/**
 * Reads state topics into a {@link TopicProjection}: assigns every partition (no consumer group,
 * so each replica reads everything), seeks to the offsets the projection stored, polls, applies
 * each batch and reports how far it got. It says when it has caught up with what the topics held
 * when it started, and a rebuild request wipes the projection and reads again from offset 0.
 * Shared by the adoption-service catalogue replica and the gateway's view projector.
 */
public final class StateTopicConsumer {

    private static final Logger LOG = Logger.getLogger(StateTopicConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration END_CHECK = Duration.ofSeconds(1);
    private static final Duration METADATA = Duration.ofSeconds(10);

    /** How far one partition has been read: the next offset, and the end last seen. */
    public record PartitionProgress(TopicPartition partition, long position, long end) {

        public long lag() {
            return Math.max(0, end - position);
        }
    }

    private final String name;
    private final List<String> topics;
    private final TopicProjection projection;
    private final Runnable onCaughtUp;
    private final TopicReader reader;
    private volatile boolean rebuildRequested;
    private volatile boolean caughtUp;
    /** Set the first time the consumer catches up; a later rebuild does not clear it (see {@link #readiness()}). */
    private volatile boolean caughtUpSinceStart;
    /** Whether this process reads at all (a service may switch its consumer off; it is then ready). */
    private volatile boolean started;

    private volatile List<PartitionProgress> progress = List.of();
    private volatile MeterRegistry metrics;
    private boolean gaugesBound;

    /**
     * @param onCaughtUp called on this consumer's thread once it has read what the topics held at its
     *                   start (or at a rebuild), and again after each batch that leaves it at the end
     */
    public StateTopicConsumer(
            String name,
            Map<String, Object> kafka,
            List<String> topics,
            int maxPollRecords,
            TopicProjection projection,
            Runnable onCaughtUp) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.projection = projection;
        this.onCaughtUp = onCaughtUp;
        this.reader = new TopicReader(name, kafka, maxPollRecords, this::consume);
    }

    public void start() {
        started = true;
        reader.start();
    }

    public void stop() throws InterruptedException {
        reader.stop();
    }

    /** Whether everything the topics held at start (or at the last rebuild) has been applied. */
    public boolean isCaughtUp() {
        return caughtUp;
    }

    /** Per partition, in topic and partition order. */
    public List<PartitionProgress> progress() {
        return progress;
    }

    /** The records not yet applied, over every partition, as far as the last look at the ends tells. */
    public long lag() {
        return progress.stream().mapToLong(PartitionProgress::lag).sum();
    }

    /**
     * Publishes the lag as {@code ecoreform_consumer_lag{consumer, topic, partition}}, one gauge per
     * partition, registered once the partitions are known.
     */
    public void bindMetrics(MeterRegistry registry) {
        this.metrics = registry;
        reader.bindMetrics(registry);
    }

    /**
     * Ready once the consumer has applied what the topics held when it started, so that a new
     * replica takes no traffic while its reads would be far behind. A rebuild later does not turn it
     * down: the views stay served meanwhile, and the lag is in the data and the metrics. A consumer
     * this process never started (switched off by configuration) does not hold readiness back.
     */
    public HealthCheckResponse readiness() {
        if (!started) {
            return HealthCheckResponse.named(name)
                    .up()
                    .withData("consumer", "not started in this process")
                    .build();
        }
        return HealthCheckResponse.named(name)
                .status(caughtUpSinceStart)
                .withData("caughtUpSinceStart", caughtUpSinceStart)
                .withData("lag", lag())
                .withData("partitions", progress.size())
                .build();
    }

    /**
     * Wipes the projection and reads every topic again from offset 0. It happens on the consuming
     * thread, between two batches; from now on the consumer reports itself behind.
     */
    public synchronized void requestRebuild() {
        rebuildRequested = true;
        caughtUp = false;
        progress = progress.stream()
                .map(p -> new PartitionProgress(p.partition(), 0, p.end()))
                .toList();
    }

    /** Publishes the progress read, unless a rebuild was asked for meanwhile (its progress starts at 0). */
    private synchronized void publish(List<PartitionProgress> read) {
        if (!rebuildRequested) {
            progress = read;
        }
        if (metrics != null && !gaugesBound && !read.isEmpty()) {
            read.forEach(p -> Gauge.builder("ecoreform.consumer.lag", () -> lagOf(p.partition()))
                    .description("Records of the partition not yet applied by the consumer")
                    .tags(
                            "consumer",
                            name,
                            "topic",
                            p.partition().topic(),
                            "partition",
                            String.valueOf(p.partition().partition()))
                    .register(metrics));
            gaugesBound = true;
        }
    }

    private long lagOf(TopicPartition partition) {
        return progress.stream()
                .filter(p -> p.partition().equals(partition))
                .mapToLong(PartitionProgress::lag)
                .findFirst()
                .orElse(0);
    }

    private void consume(KafkaConsumer<String, String> consumer) {
        Optional<List<TopicPartition>> found = TopicReader.partitionsOf(consumer, topics);
        if (found.isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = found.get();
        consumer.assign(partitions);
        Map<TopicPartition, Long> stored = projection.storedOffsets();
        for (TopicPartition partition : partitions) {
            consumer.seek(partition, stored.getOrDefault(partition, 0L));
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, METADATA);
        Map<TopicPartition, Long> endsAtStart = ends;
        long lastEndCheck = System.nanoTime();
        while (reader.isRunning()) {
            if (rebuildRequested) {
                rebuildRequested = false; // first: a request arriving during the wipe is served by the next turn
                projection.wipe();
                consumer.seekToBeginning(partitions);
                ends = consumer.endOffsets(partitions, METADATA);
                endsAtStart = ends;
                caughtUp = false;
                LOG.infof("%s wiped; reading again from offset 0", name);
            }
            ConsumerRecords<String, String> records = consumer.poll(POLL);
            if (!records.isEmpty()) {
                applyBatch(records);
            }
            // the ends are asked for at most once a second, not after every batch (a round trip to the
            // broker per event otherwise); a position past a known end is an end reached (see progressOf)
            if (System.nanoTime() - lastEndCheck > END_CHECK.toNanos()) {
                ends = endsOrLastKnown(consumer, partitions, ends);
                lastEndCheck = System.nanoTime();
            }
            publish(progressOf(consumer, partitions, ends));
            if (rebuildRequested) {
                continue;
            }
            if (!caughtUp && reached(endsAtStart)) {
                caughtUp = true;
                caughtUpSinceStart = true;
                onCaughtUp.run();
            } else if (caughtUp && !records.isEmpty() && reached(ends)) {
                onCaughtUp.run();
            }
        }
    }

    /**
     * The partitions' ends, or the last known ones when a broker does not answer within the check's
     * second (a leader that just died): the records keep being applied meanwhile, and the next check
     * asks again, instead of the whole consumer stalling for the metadata timeout and starting over.
     */
    private static Map<TopicPartition, Long> endsOrLastKnown(
            KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions,
            Map<TopicPartition, Long> lastKnown) {
        try {
            return consumer.endOffsets(partitions, END_CHECK);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return lastKnown;
        }
    }

    private void applyBatch(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            batch.add(record);
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        projection.apply(batch, next);
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return progress.stream().allMatch(p -> p.position() >= ends.getOrDefault(p.partition(), 0L));
    }

    private static List<PartitionProgress> progressOf(
            KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        List<PartitionProgress> snapshot = new ArrayList<>(partitions.size());
        for (TopicPartition p : partitions) {
            long position = consumer.position(p);
            snapshot.add(new PartitionProgress(p, position, Math.max(position, ends.getOrDefault(p, 0L))));
        }
        snapshot.sort(java.util.Comparator.comparing(
                        (PartitionProgress p) -> p.partition().topic())
                .thenComparingInt(p -> p.partition().partition()));
        return List.copyOf(snapshot);
    }
}
