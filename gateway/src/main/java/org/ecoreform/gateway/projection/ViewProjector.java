package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.gateway.store.BatchWriter;
import org.ecoreform.gateway.store.ChangeFeed;
import org.ecoreform.gateway.store.ReadModelWriter;
import org.ecoreform.gateway.store.ViewStore;
import org.ecoreform.gateway.views.ViewFreshness;
import org.ecoreform.gateway.views.ViewMetrics;
import org.ecoreform.platform.events.CloudEventHeaders;
import org.ecoreform.platform.events.KafkaClients;
import org.ecoreform.platform.events.StateTopicConsumer;
import org.ecoreform.platform.events.TopicProjection;

/**
 * Projects the three compacted state topics into the view documents, touching only the documents
 * each event belongs in: one event at a time as they come, in bulk when a large batch is read (a
 * catch-up, a rebuild). It starts from the offsets stored beside the
 * views (offset 0 when the store is empty, which rebuilds every view). Applied changes go to the
 * changes feed and its live stream; each replica marks the views an event touched as stale in its
 * own caches.
 */
@ApplicationScoped
public class ViewProjector implements TopicProjection {

    private static final Duration OFFSET_INTERVAL = Duration.ofSeconds(1);
    private static final int LARGE_BATCH = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ReadModelWriter writer;
    private final ViewStore store;
    private final BatchWriter batchWriter;
    private final ViewMetrics metrics;
    private final ChangeFeed feed;
    private final ViewFreshness freshness;
    private final GatewayConfig config;
    private final EventParser parser;
    private final Placements placements;
    private final StateTopicConsumer consumer;
    private final BroadcastProcessor<ChangeFeed.Change> live = BroadcastProcessor.create();
    /** Offsets reached but not stored yet (touched by the consuming thread only). */
    private final Map<TopicPartition, Long> pendingOffsets = new HashMap<>();

    private long offsetsSavedAt = System.nanoTime();

    public ViewProjector(
            ReadModelWriter writer,
            ViewStore store,
            BatchWriter batchWriter,
            ChangeFeed feed,
            ViewFreshness freshness,
            ViewMetrics metrics,
            ObjectMapper mapper,
            GatewayConfig config,
            @Identifier(KafkaClients.SHARED) Map<String, Object> kafka) {
        this.writer = writer;
        this.store = store;
        this.batchWriter = batchWriter;
        this.metrics = metrics;
        this.feed = feed;
        this.freshness = freshness;
        this.config = config;
        this.parser = new EventParser(mapper);
        this.placements = new Placements(mapper);
        this.consumer = new StateTopicConsumer("view-projector", kafka, Topics.names(), 1000, this, () -> {});
        consumer.bindMetrics(metrics.registry()); // ecoreform_consumer_lag{consumer="view-projector",topic,partition}
    }

    void start(@Observes StartupEvent startup) {
        if (!config.projectionEnabled()) {
            return;
        }
        store.ensureLayout();
        consumer.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        consumer.stop();
        saveOffsets();
        live.onComplete();
    }

    /** Every change applied from now on. */
    public BroadcastProcessor<ChangeFeed.Change> live() {
        return live;
    }

    /** Per partition: the offset reached and the end last seen. */
    public List<StateTopicConsumer.PartitionProgress> progress() {
        return consumer.progress();
    }

    /** Readiness: the views hold what the topics held at start (ready when switched off in this process). */
    public HealthCheckResponse readiness() {
        return consumer.readiness();
    }

    /** Empties the view store and replays every topic from offset 0. */
    public void rebuild() {
        consumer.requestRebuild();
    }

    @Override
    public Map<TopicPartition, Long> storedOffsets() {
        return store.offsets();
    }

    @Override
    public void apply(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, Long> nextOffsets) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        applyAll(batch, nextOffsets);
        metrics.projected(batch.size(), THREADS.getCurrentThreadCpuTime() - cpu);
    }

    private void applyAll(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, Long> nextOffsets) {
        if (batch.size() >= LARGE_BATCH) {
            applyInBulk(batch);
        } else {
            for (ConsumerRecord<String, String> record : batch) {
                parser.parse(record).ifPresent(event -> apply(event, requestId(record)));
            }
        }
        pendingOffsets.putAll(nextOffsets);
        // Offsets are stored at most once a second: after a crash the events since are applied
        // again, which changes nothing (every write is version-guarded), and a steady stream of
        // single events saves a round trip each.
        if (System.nanoTime() - offsetsSavedAt > OFFSET_INTERVAL.toNanos() || batch.size() >= LARGE_BATCH) {
            saveOffsets();
        }
    }

    @Override
    public void wipe() {
        pendingOffsets.clear();
        store.wipe();
        freshness.changedEverything();
    }

    private void saveOffsets() {
        if (!pendingOffsets.isEmpty()) {
            store.saveOffsets(pendingOffsets);
            pendingOffsets.clear();
        }
        offsetsSavedAt = System.nanoTime();
    }

    /** Applies one event: its view documents, then the feed, then the caches of this replica. */
    public void apply(StateEvent event, String requestId) {
        ReadModelWriter.Result result = writer.apply(event.aggregate(), placements.of(event));
        if (result.outcome() == ReadModelWriter.Outcome.STALE) {
            return;
        }
        // a repeated event may lack its feed entry (the gateway died between the two): the feed keeps one per version
        ChangeFeed.Pending pending = change(event, requestId);
        ChangeFeed.Change change =
                feed.record(pending.topic(), pending.key(), pending.version(), pending.kind(), pending.requestId());
        freshness.changed(result.documents());
        if (change != null) {
            live.onNext(change);
        }
    }

    /** An event read, with the writer's request id. */
    private record Read(StateEvent event, String requestId) {}

    /**
     * A large batch (a catch-up, a rebuild): only each aggregate's latest state is written to the
     * views, in bulk; every version newer than the one held goes to the feed, in order.
     */
    private void applyInBulk(List<ConsumerRecord<String, String>> batch) {
        Map<String, List<Read>> byAggregate = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : batch) {
            parser.parse(record)
                    .ifPresent(event -> byAggregate
                            .computeIfAbsent(event.topic().name() + "|" + event.key(), k -> new ArrayList<>())
                            .add(new Read(event, requestId(record))));
        }
        List<List<Read>> aggregates = new ArrayList<>(byAggregate.values());
        // the newest version of each (a topic keeps each key's versions in order, but a producer may send one again
        // later)
        List<BatchWriter.Pending> latest = aggregates.stream()
                .map(versions -> versions.stream()
                        .map(Read::event)
                        .max(Comparator.comparingLong(StateEvent::version))
                        .orElseThrow())
                .map(event -> new BatchWriter.Pending(event.aggregate(), placements.of(event)))
                .toList();
        List<ReadModelWriter.Result> results = batchWriter.apply(latest);
        List<ChangeFeed.Pending> changes = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
            ReadModelWriter.Result result = results.get(i);
            freshness.changed(result.documents());
            if (result.outcome() == ReadModelWriter.Outcome.STALE) {
                continue;
            }
            for (Read read : aggregates.get(i)) {
                if (read.event().version() >= result.heldBefore()) {
                    changes.add(change(read.event(), read.requestId()));
                }
            }
        }
        feed.recordAll(changes).forEach(live::onNext);
    }

    private static ChangeFeed.Pending change(StateEvent event, String requestId) {
        boolean deleted = event instanceof StateEvent.Tombstone;
        return new ChangeFeed.Pending(
                event.topic(), event.key(), deleted ? -1 : event.version(), deleted ? "deleted" : "changed", requestId);
    }

    private static String requestId(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.REQUEST_ID);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
