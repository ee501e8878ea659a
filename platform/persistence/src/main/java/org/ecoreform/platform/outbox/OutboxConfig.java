package org.ecoreform.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** How a service publishes its outbox to Kafka. */
@ConfigMapping(prefix = "ecoreform.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event, e.g. {@code /measures-service}. */
    String source();

    /** Kafka bootstrap servers. */
    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers:localhost:19092}")
    String bootstrapServers();

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

        @WithDefault("1")
        short replicationFactor();
    }
}
