package org.ecoreform.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoreform.platform.events.ClientMetrics;
import org.ecoreform.platform.events.KafkaClients;
import org.ecoreform.platform.persistence.AdvisoryLocks;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in the order they were written, and marks them published.
 *
 * <p>A single relay per database is active at a time (a PostgreSQL advisory lock), so events of
 * one aggregate reach their partition in version order even with several replicas. When the
 * broker is unreachable the rows stay unpublished and the relay retries with exponential backoff:
 * a broker outage delays events, it never loses them. A row may be published twice (crash between
 * send and mark); consumers are idempotent by version.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary, fixed key of the advisory lock that elects the active relay. */
    private static final long RELAY_LOCK_KEY = 0x6563_6f72_6566_6f72L;

    private final OutboxConfig config;
    /** The service's shared Kafka client settings (everything under kafka.): servers, security. */
    private final Map<String, Object> kafka;

    private final EntityManager entityManager;
    private final OutboxBacklog backlog;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean topicsReady;
    private Thread worker;
    private final MeterRegistry metrics;
    private KafkaProducer<String, String> producer;
    private ClientMetrics producerMetrics;
    private final Clock clock;

    public OutboxRelay(
            OutboxConfig config,
            EntityManager entityManager,
            OutboxBacklog backlog,
            @Identifier(KafkaClients.SHARED) Map<String, Object> kafka,
            MeterRegistry metrics,
            Clock clock) {
        this.clock = clock;
        this.config = config;
        this.kafka = kafka;
        this.entityManager = entityManager;
        this.backlog = backlog;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(Duration.ofSeconds(10).toMillis());
        }
        closeProducer();
    }

    /** Wakes the relay as soon as a transaction that recorded events has committed. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxRecorded recorded) {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        Duration backoff = config.minBackoff();
        while (running) {
            try {
                boolean more = relayBatch();
                backoff = config.minBackoff();
                measureBacklog(null);
                if (!more) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.warnf("Outbox relay cannot publish (%s); retrying in %d ms", rootMessage(e), backoff.toMillis());
                closeProducer();
                measureBacklog(rootMessage(e));
                sleepQuietly(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /**
     * Publishes one batch. Returns whether a full batch was found (more may be waiting); throws when
     * the broker did not take an event, after recording which ones it did take.
     */
    boolean relayBatch() throws InterruptedException {
        if (!topicsReady) {
            try {
                TopicProvisioner.ensureTopics(config, kafka);
                topicsReady = true;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("topics not ready: " + rootMessage(e), e);
            }
        }
        OutboxBatch.Result result = QuarkusTransaction.requiringNew().call(this::publishUnderLock);
        if (result.failure() != null) {
            throw new IllegalStateException(result.failure());
        }
        return result.fullBatch();
    }

    private OutboxBatch.Result publishUnderLock() throws InterruptedException {
        if (!AdvisoryLocks.tryLockForTransaction(entityManager, RELAY_LOCK_KEY)) {
            return new OutboxBatch.Result(false, null); // another replica is relaying
        }
        List<OutboxEvent> batch = OutboxEvent.nextUnpublished(config.batchSize());
        if (batch.isEmpty()) {
            return new OutboxBatch.Result(false, null);
        }
        return OutboxBatch.publish(producer(), batch, config, config.batchSize(), clock);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    OutboxBatch.producerSettings(kafka, config.sendTimeout()),
                    new StringSerializer(),
                    new StringSerializer());
            producerMetrics =
                    ClientMetrics.bind(producer, "outbox-relay", metrics); // kafka_producer_…{client="outbox-relay"}
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producerMetrics.close();
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** Keeps the readiness check and the metrics current; a database outage only leaves them as they were. */
    private void measureBacklog(String failure) {
        try {
            backlog.measure(failure);
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog not measured: %s", rootMessage(e));
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        return OutboxBatch.rootMessage(e);
    }
}
