package org.ecoreform.gateway.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.service.ViewFreshness;
import org.ecoreform.platform.events.CloudEventHeaders;
import org.ecoreform.platform.events.StateTopicConsumer;
import org.ecoreform.platform.events.TopicProjection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Projects the three compacted state topics into the view documents, one event at a time and
 * touching only the documents the event belongs in. It starts from the offsets stored beside the
 * views (offset 0 when the store is empty, which rebuilds every view). Applied changes go to the
 * changes feed and its live stream; each replica marks the views an event touched as stale in its
 * own caches.
 */
@ApplicationScoped
public class ViewProjector implements TopicProjection {

    private final ReadModelWriter writer;
    private final ChangeFeed feed;
    private final ViewFreshness freshness;
    private final GatewayConfig config;
    private final EventParser parser;
    private final Placements placements;
    private final StateTopicConsumer consumer;
    private final BroadcastProcessor<ChangeFeed.Change> live = BroadcastProcessor.create();

    public ViewProjector(ReadModelWriter writer, ChangeFeed feed, ViewFreshness freshness, ObjectMapper mapper, GatewayConfig config,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.writer = writer;
        this.feed = feed;
        this.freshness = freshness;
        this.config = config;
        this.parser = new EventParser(mapper);
        this.placements = new Placements(mapper);
        this.consumer = new StateTopicConsumer("view-projector", bootstrapServers, Topics.names(), 1000, this, () -> { });
    }

    void start(@Observes StartupEvent startup) {
        if (!config.projectionEnabled()) {
            return;
        }
        writer.ensureLayout();
        consumer.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        consumer.stop();
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

    /** Empties the view store and replays every topic from offset 0. */
    public void rebuild() {
        consumer.requestRebuild();
    }

    @Override
    public Map<TopicPartition, Long> storedOffsets() {
        return writer.offsets();
    }

    @Override
    public void apply(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, Long> nextOffsets) {
        for (ConsumerRecord<String, String> record : batch) {
            parser.parse(record).ifPresent(event -> apply(event, requestId(record)));
        }
        writer.saveOffsets(nextOffsets);
    }

    @Override
    public void wipe() {
        writer.wipe();
        freshness.changedEverything();
    }

    /** Applies one event: its view documents, then the feed, then the caches of this replica. */
    public void apply(StateEvent event, String requestId) {
        ReadModelWriter.Result result = writer.apply(event, placements.of(event));
        if (result.outcome() == ReadModelWriter.Outcome.STALE) {
            return;
        }
        // a repeated event may lack its feed entry (the gateway died between the two): the feed keeps one per version
        boolean deleted = event instanceof StateEvent.Tombstone;
        ChangeFeed.Change change = feed.record(event.topic(), event.key(), deleted ? -1 : event.version(), deleted ? "deleted" : "changed",
                requestId);
        freshness.changed(result.documents());
        if (change != null) {
            live.onNext(change);
        }
    }

    private static String requestId(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.REQUEST_ID);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
