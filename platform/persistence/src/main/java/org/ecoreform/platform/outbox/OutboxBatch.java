package org.ecoreform.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.events.KafkaClients;

/**
 * One batch of outbox rows sent to Kafka in the order they were written, and the rows the broker
 * took marked published (in the caller's transaction, which commits the marks). The first row the
 * broker refuses stops the batch: it and every later row stay unpublished for the next round, so a
 * later version of an aggregate never overtakes an earlier one on its partition.
 */
final class OutboxBatch {

    /** Whether a full batch was found (more may be waiting) and why the batch stopped, if it did. */
    record Result(boolean fullBatch, String failure) {}

    private OutboxBatch() {}

    /** The producer settings of the relay: every event acknowledged by all in-sync replicas, in order, at most once per send. */
    static Map<String, Object> producerSettings(Map<String, Object> shared, Duration sendTimeout) {
        int timeoutMs = (int) sendTimeout.toMillis();
        return KafkaClients.producer(
                shared,
                Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        5,
                        ProducerConfig.LINGER_MS_CONFIG,
                        2,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        timeoutMs,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        timeoutMs,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        timeoutMs * 2,
                        ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                        1000));
    }

    static Result publish(
            Producer<String, String> kafka, List<OutboxEvent> batch, OutboxConfig config, int batchSize, Clock clock)
            throws InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        AtomicBoolean refused = new AtomicBoolean();
        String failure = null;
        try {
            // Metadata first: a send that waits for it and gives up must not let the events after it go out.
            batch.stream().map(event -> event.topic).distinct().forEach(kafka::partitionsFor);
            for (OutboxEvent event : batch) {
                if (refused.get()) {
                    break; // an event was refused: a later version must not overtake it on its partition
                }
                sent.add(kafka.send(OutboxRecords.of(event, config), (metadata, error) -> {
                    if (error != null) {
                        refused.set(true);
                    }
                }));
            }
            kafka.flush();
        } catch (RuntimeException e) {
            failure = rootMessage(e);
        }
        OffsetDateTime now = Timestamps.now(clock);
        long waitMs = config.sendTimeout().toMillis() * 2 + 1000;
        // Mark the published prefix only: the first failure stops the batch so order is kept.
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            if (failure == null && i < sent.size()) {
                try {
                    sent.get(i).get(waitMs, TimeUnit.MILLISECONDS);
                    event.publishedAt = now;
                    event.attempts++;
                    continue;
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    failure = rootMessage(e);
                }
            }
            event.attempts++;
            event.lastError = truncate(failure == null ? "not sent" : failure);
            break;
        }
        return new Result(failure == null && batch.size() == batchSize, failure);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
