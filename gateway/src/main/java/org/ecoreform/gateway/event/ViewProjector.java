package org.ecoreform.gateway.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.ecoreform.platform.events.CloudEventHeaders;
import org.ecoreform.platform.events.TopicReader;
import org.ecoreform.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Projects the three compacted state topics into the view store. It starts from the offsets the
 * store holds (offset 0 when it is empty, which rebuilds every view) and applies each event only
 * if its version is newer. Applied changes go to the changes feed and its live stream.
 */
@ApplicationScoped
public class ViewProjector {

    private static final Logger LOG = Logger.getLogger(ViewProjector.class);

    private final ViewStore store;
    private final GatewayConfig config;
    private final TopicReader reader;
    private final BroadcastProcessor<ViewStore.Change> live = BroadcastProcessor.create();
    private volatile boolean restartRequested;
    private volatile Map<TopicPartition, long[]> progress = Map.of();

    public ViewProjector(ViewStore store, GatewayConfig config,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.store = store;
        this.config = config;
        this.reader = new TopicReader("view-projector", bootstrapServers, 1000, this::project);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.projectionEnabled()) {
            return;
        }
        reader.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        reader.stop();
        live.onComplete();
    }

    /** Every change applied from now on. */
    public BroadcastProcessor<ViewStore.Change> live() {
        return live;
    }

    /** Per partition: the next offset to read and the end offset last seen. */
    public Map<TopicPartition, long[]> progress() {
        return progress;
    }

    /** Empties the view store and replays every topic from offset 0. */
    public void rebuild() {
        store.wipe();
        restartRequested = true;
    }

    /** One consumer's life: from the stored offsets until a rebuild is asked for or the reader stops. */
    private void project(KafkaConsumer<String, String> consumer) {
        restartRequested = false;
        Optional<List<TopicPartition>> found = TopicReader.partitionsOf(consumer, Topics.names());
        if (found.isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = found.get();
        consumer.assign(partitions);
        Map<String, Long> stored = store.offsets();
        for (TopicPartition partition : partitions) {
            consumer.seek(partition, stored.getOrDefault(partition.topic() + "|" + partition.partition(), 0L));
        }
        long lastEndCheck = 0;
        Map<TopicPartition, Long> ends = Map.of();
        while (reader.isRunning() && !restartRequested) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
            Map<TopicPartition, Long> next = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                ViewStore.Change change = applyOne(record);
                if (change != null) {
                    live.onNext(change);
                }
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            next.forEach((p, offset) -> store.saveOffset(p.topic(), p.partition(), offset));
            if (!records.isEmpty()) {
                store.touched();
            }
            if (System.currentTimeMillis() - lastEndCheck > 1000 || !records.isEmpty()) {
                ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
                lastEndCheck = System.currentTimeMillis();
            }
            Map<TopicPartition, long[]> snapshot = new HashMap<>();
            for (TopicPartition p : partitions) {
                snapshot.put(p, new long[] {consumer.position(p), ends.getOrDefault(p, 0L)});
            }
            progress = snapshot;
        }
    }

    private ViewStore.Change applyOne(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return null;
        }
        Topics topic = Topics.of(record.topic());
        org.apache.kafka.common.header.Header requestHeader = record.headers().lastHeader(CloudEventHeaders.REQUEST_ID);
        String requestId = requestHeader == null ? null : new String(requestHeader.value(), java.nio.charset.StandardCharsets.UTF_8);
        if (record.value() == null) {
            return store.delete(topic, record.key(), requestId);
        }
        Document state;
        try {
            state = Document.parse(record.value());
        } catch (RuntimeException e) {
            LOG.errorf("Skipping unreadable event %s at %s-%d@%d", record.key(), record.topic(), record.partition(), record.offset());
            return null;
        }
        Object version = state.get("version");
        if (!(version instanceof Number number)) {
            LOG.errorf("Skipping event without version %s at %s-%d@%d", record.key(), record.topic(), record.partition(), record.offset());
            return null;
        }
        return store.apply(topic, record.key(), number.longValue(), state, requestId);
    }
}
