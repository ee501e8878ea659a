package org.ecoreform.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What waits in the outbox: how many events, the oldest one's age, and the relay's last failure.
 * Measured by the relay's own thread after each round (one indexed query a poll interval), so the
 * readiness check and the metrics only read these figures and never touch the database themselves.
 */
@ApplicationScoped
public class OutboxBacklog implements MeterBinder {

    /** The figures as last measured; {@code oldest} is null when nothing waits. */
    public record Snapshot(long pending, OffsetDateTime oldest, String lastFailure, Instant measuredAt) {

        public Duration oldestAge(Instant now) {
            return oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
        }
    }

    private final EntityManager entityManager;
    private volatile Snapshot snapshot = new Snapshot(0, null, null, null);
    private volatile String lastFailure;
    private final Clock clock;

    public OutboxBacklog(EntityManager entityManager, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Called by the relay after each round: a failure (null after a success) and the backlog measured again. */
    void measure(String failure) {
        lastFailure = failure;
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select count(*), min(occurred_at) from outbox_event where published_at is null")
                .getSingleResult());
        snapshot = new Snapshot(((Number) row[0]).longValue(), toOffsetDateTime(row[1]), lastFailure, clock.instant());
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "ecoreform.outbox.pending",
                        this,
                        backlog -> backlog.snapshot().pending())
                .description("Events in the outbox not yet published")
                .register(registry);
        Gauge.builder(
                        "ecoreform.outbox.oldest.age",
                        this,
                        backlog -> backlog.snapshot().oldestAge(clock.instant()).toMillis() / 1000.0)
                .description("Age of the oldest event not yet published")
                .baseUnit("seconds")
                .register(registry);
    }
}
