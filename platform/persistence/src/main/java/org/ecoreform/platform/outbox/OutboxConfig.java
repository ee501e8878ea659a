package org.ecoreform.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/** How a service publishes its outbox to Kafka. */
@ConfigMapping(prefix = "ecoreform.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event, e.g. {@code /measures-service}. */
    String source();

    /**
     * The public address of the gateway, where the event schemas are served: every event's
     * {@code ce_dataschema} is this plus {@code /api/v1/schemas/events/<type>.json}.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The compacted state topics this service owns, created on start when missing. */
    Map<String, TopicSpec> topics();

    /** Whether the relay runs in this process (off for one-off tools). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Idle poll interval; a commit wakes the relay at once, this is only the safety net. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** First retry delay after a failed publish; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration minBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** How long one publish may wait for the broker before the batch is retried later. */
    @WithDefault("5s")
    Duration sendTimeout();

    /** Readiness turns down while the oldest unpublished event is older than this (writes still succeed). */
    @WithDefault("2m")
    Duration readinessMaxBacklogAge();

    interface TopicSpec {
        @WithDefault("3")
        int partitions();

        /** 1 on a single local broker; 3 on a production cluster (ECOREFORM_TOPIC_REPLICATION_FACTOR). */
        @WithDefault("1")
        short replicationFactor();

        /**
         * {@code min.insync.replicas}: how many replicas must have an event before the relay's
         * {@code acks=all} send counts as done; 2 of 3 on a production cluster, so an acknowledged
         * event survives the loss of a broker (ECOREFORM_TOPIC_MIN_INSYNC_REPLICAS).
         */
        @WithDefault("1")
        int minInsyncReplicas();

        /**
         * {@code min.compaction.lag.ms}: how long every version of an aggregate stays on the topic
         * before compaction may drop it for a newer one, so a consumer that keeps up sees them all.
         */
        @WithDefault("1h")
        Duration minCompactionLag();

        /**
         * {@code delete.retention.ms}: how long a tombstone stays after compaction, so a consumer
         * that was away for less than this still learns of the deletion.
         */
        @WithDefault("7d")
        Duration deleteRetention();

        /** The topic-level settings the provisioner sets on creation and keeps on every start. */
        default Map<String, String> configs() {
            return Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                    String.valueOf(minInsyncReplicas()),
                    TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG,
                    String.valueOf(minCompactionLag().toMillis()),
                    TopicConfig.DELETE_RETENTION_MS_CONFIG,
                    String.valueOf(deleteRetention().toMillis()));
        }
    }
}
