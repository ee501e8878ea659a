package org.ecoreform.adoption.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.ecoreform.adoption.config.AdoptionConfig;
import org.ecoreform.adoption.domain.CatalogueMeasure;
import org.ecoreform.adoption.domain.ReplicaOffset;
import org.ecoreform.platform.events.TopicReader;
import org.ecoreform.platform.outbox.OutboxConfig;
import org.jboss.logging.Logger;

/**
 * Keeps {@code catalogue_measure} in step with the compacted {@code ecoreform.measures.v1}.
 *
 * <p>Offsets live in the same database transaction as the rows they produced, so the replica is
 * exactly as far as its offsets say: after a crash it resumes without gaps, and after a wipe of
 * both it rebuilds from offset 0. An event is applied only if its version is newer than the one
 * held, so duplicates and replays change nothing.
 */
@ApplicationScoped
public class CatalogueReplicator {

    private static final Logger LOG = Logger.getLogger(CatalogueReplicator.class);

    /** Fired once the replica has read everything the topic held when it started. */
    public record CatalogueCaughtUp(int measures) {
    }

    private final AdoptionConfig config;
    private final OutboxConfig kafka;
    private final ObjectMapper mapper;
    private final Event<CatalogueCaughtUp> caughtUp;
    private final TopicReader reader;
    private volatile boolean ready;
    private volatile boolean rebuildRequested;

    public CatalogueReplicator(AdoptionConfig config, OutboxConfig kafka, ObjectMapper mapper, Event<CatalogueCaughtUp> caughtUp) {
        this.config = config;
        this.kafka = kafka;
        this.mapper = mapper;
        this.caughtUp = caughtUp;
        this.reader = new TopicReader("catalogue-replica", kafka.bootstrapServers(), 500, this::consume);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.replicaEnabled()) {
            return;
        }
        reader.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        reader.stop();
    }

    /** Whether the replica has caught up with the catalogue since start (or since the last rebuild). */
    public boolean isReady() {
        return ready;
    }

    /** Wipes the replica and its offsets together and reads the compacted topic again from offset 0. */
    public void requestRebuild() {
        rebuildRequested = true;
        ready = false; // not caught up again until the rebuild has read the topic
    }

    private void consume(KafkaConsumer<String, String> consumer) {
        String topic = config.catalogueTopic();
        Optional<List<TopicPartition>> found = TopicReader.partitionsOf(consumer, List.of(topic));
        if (found.isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = found.get();
        consumer.assign(partitions);
        Map<TopicPartition, Long> stored = QuarkusTransaction.requiringNew().call(() -> storedOffsets(topic));
        for (TopicPartition partition : partitions) {
            consumer.seek(partition, stored.getOrDefault(partition, 0L));
        }
        Map<TopicPartition, Long> endAtStart = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        while (reader.isRunning()) {
            if (rebuildRequested) {
                QuarkusTransaction.requiringNew().run(() -> {
                    ReplicaOffset.delete("key.topic", topic);
                    CatalogueMeasure.deleteAll();
                });
                consumer.seekToBeginning(partitions);
                endAtStart = consumer.endOffsets(partitions, Duration.ofSeconds(10));
                rebuildRequested = false;
                ready = false;
                LOG.info("Catalogue replica wiped; rebuilding from offset 0");
            }
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> apply(records));
                // New measures may complete what waiting work (the reference import) needs.
                if (ready && atEnd(consumer, partitions, consumer.endOffsets(partitions, Duration.ofSeconds(10)))) {
                    signalCaughtUp();
                }
            }
            if (!ready && !rebuildRequested && atEnd(consumer, partitions, endAtStart)) {
                ready = true;
                signalCaughtUp();
            }
        }
    }

    private static boolean atEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
                                 Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.getOrDefault(p, 0L));
    }

    private void signalCaughtUp() {
        int count = QuarkusTransaction.requiringNew().call(() -> (int) CatalogueMeasure.count());
        LOG.infof("Catalogue replica caught up: %d measures", count);
        if (count > 0) {
            caughtUp.fire(new CatalogueCaughtUp(count));
        }
    }

    private void apply(ConsumerRecords<String, String> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        StreamSupport.stream(records.spliterator(), false).forEach(all::add);
        for (ConsumerRecord<String, String> record : all) {
            applyOne(record);
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        next.forEach((partition, offset) -> {
            ReplicaOffset.Key key = new ReplicaOffset.Key(partition.topic(), partition.partition());
            ReplicaOffset row = ReplicaOffset.findById(key);
            if (row == null) {
                row = new ReplicaOffset();
                row.key = key;
                row.persist();
            }
            row.nextOffset = offset;
        });
    }

    private void applyOne(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return;
        }
        CatalogueMeasure held = CatalogueMeasure.findById(record.key());
        if (record.value() == null) {
            if (held != null) {
                held.delete(); // a tombstone: the measure was hard-deleted
            }
            return;
        }
        JsonNode state;
        try {
            state = mapper.readTree(record.value());
        } catch (Exception e) {
            LOG.errorf("Skipping unreadable catalogue event %s at %s-%d@%d", record.key(), record.topic(), record.partition(), record.offset());
            return;
        }
        long version = state.path("version").asLong();
        if (held != null && held.version >= version) {
            return; // a duplicate or a replay
        }
        CatalogueMeasure measure = held != null ? held : new CatalogueMeasure();
        measure.id = record.key();
        measure.version = version;
        measure.listCode = state.path("listCode").asText();
        measure.number = state.path("number").asInt();
        measure.name = state.path("name").asText();
        measure.categoryId = state.at("/category/id").asText();
        measure.categoryNameZh = state.at("/category/nameZh").asText(null);
        measure.categoryNameEn = state.at("/category/nameEn").asText(null);
        measure.status = state.path("status").asText();
        List<String> sources = new ArrayList<>();
        state.path("sourceProvinces").forEach(p -> sources.add(p.path("id").asText()));
        measure.sourceProvinces = String.join(",", sources);
        measure.replicatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (held == null) {
            measure.persist();
        }
    }

    private static Map<TopicPartition, Long> storedOffsets(String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        ReplicaOffset.<ReplicaOffset>list("key.topic", topic)
                .forEach(o -> offsets.put(new TopicPartition(topic, o.key.partition()), o.nextOffset));
        return offsets;
    }
}
