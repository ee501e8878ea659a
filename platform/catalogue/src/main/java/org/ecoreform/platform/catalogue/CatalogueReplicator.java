package org.ecoreform.platform.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.events.KafkaClients;
import org.ecoreform.platform.events.StateTopicConsumer;
import org.ecoreform.platform.events.TopicProjection;
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
    public record CatalogueCaughtUp(int measures) {}

    private final CatalogueReplicaConfig config;
    private final ObjectMapper mapper;
    private final Event<CatalogueCaughtUp> caughtUp;
    private final StateTopicConsumer consumer;
    private final Clock clock;

    public CatalogueReplicator(
            CatalogueReplicaConfig config,
            @Identifier(KafkaClients.SHARED) Map<String, Object> kafka,
            ObjectMapper mapper,
            Event<CatalogueCaughtUp> caughtUp,
            MeterRegistry registry,
            Clock clock) {
        this.clock = clock;
        this.config = config;
        this.mapper = mapper;
        this.caughtUp = caughtUp;
        this.consumer = new StateTopicConsumer(
                "catalogue-replica", kafka, List.of(config.topic()), 500, new Replica(), this::signalCaughtUp);
        consumer.bindMetrics(registry); // ecoreform_consumer_lag{consumer="catalogue-replica",topic,partition}
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        consumer.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        consumer.stop();
    }

    /** Whether the replica has caught up with the catalogue since start (or since the last rebuild). */
    public boolean isReady() {
        return consumer.isCaughtUp();
    }

    /** Readiness: the replica has read the catalogue the topic held at start (ready when switched off in this process). */
    public HealthCheckResponse readiness() {
        return consumer.readiness();
    }

    /** Wipes the replica and its offsets together and reads the compacted topic again from offset 0. */
    public void requestRebuild() {
        consumer.requestRebuild();
    }

    private void signalCaughtUp() {
        int count = QuarkusTransaction.requiringNew().call(() -> (int) CatalogueMeasure.count());
        LOG.infof("Catalogue replica caught up: %d measures", count);
        if (count > 0) {
            caughtUp.fire(new CatalogueCaughtUp(count));
        }
    }

    /** The replica's table and its offsets, always changed in one transaction. */
    private final class Replica implements TopicProjection {

        @Override
        public Map<TopicPartition, Long> storedOffsets() {
            String topic = config.topic();
            return QuarkusTransaction.requiringNew().call(() -> {
                Map<TopicPartition, Long> offsets = new HashMap<>();
                ReplicaOffset.<ReplicaOffset>list("key.topic", topic)
                        .forEach(o -> offsets.put(new TopicPartition(topic, o.key.partition()), o.nextOffset));
                return offsets;
            });
        }

        @Override
        public void apply(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, Long> nextOffsets) {
            QuarkusTransaction.requiringNew().run(() -> {
                batch.forEach(CatalogueReplicator.this::applyOne);
                nextOffsets.forEach((partition, offset) -> {
                    ReplicaOffset.Key key = new ReplicaOffset.Key(partition.topic(), partition.partition());
                    ReplicaOffset row = ReplicaOffset.findById(key);
                    if (row == null) {
                        row = new ReplicaOffset();
                        row.key = key;
                        row.persist();
                    }
                    row.nextOffset = offset;
                });
            });
        }

        @Override
        public void wipe() {
            QuarkusTransaction.requiringNew().run(() -> {
                ReplicaOffset.delete("key.topic", config.topic());
                CatalogueMeasure.deleteAll();
            });
        }
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
        CatalogueMeasureChanged state;
        try {
            state = mapper.readValue(record.value(), CatalogueMeasureChanged.class);
        } catch (Exception e) {
            LOG.errorf(
                    "Skipping unreadable catalogue event %s at %s-%d@%d",
                    record.key(), record.topic(), record.partition(), record.offset());
            return;
        }
        if (held != null && held.version >= state.version()) {
            return; // a duplicate or a replay
        }
        CatalogueMeasure measure = held != null ? held : new CatalogueMeasure();
        measure.id = record.key();
        measure.version = state.version();
        measure.listCode = state.listCode();
        measure.number = state.number();
        measure.name = state.name();
        measure.content = state.content();
        measure.provenanceDocument =
                state.provenance() == null ? null : state.provenance().document();
        measure.provenanceDate =
                state.provenance() == null ? null : state.provenance().documentDate();
        measure.categoryId = state.category() == null ? null : state.category().id();
        measure.categoryNameZh =
                state.category() == null ? null : state.category().nameZh();
        measure.categoryNameEn =
                state.category() == null ? null : state.category().nameEn();
        measure.status = state.status();
        measure.sourceProvinces = String.join(",", state.sourceProvinceCodes());
        measure.replicatedAt = Timestamps.now(clock);
        if (held == null) {
            measure.persist();
        }
    }
}
