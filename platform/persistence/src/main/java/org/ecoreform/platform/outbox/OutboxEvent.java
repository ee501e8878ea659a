package org.ecoreform.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(name = "aggregate_version", nullable = false, updatable = false)
    public long aggregateVersion;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    /** X-Request-Id of the request that caused the change; relayed as the CloudEvents extension requestid. */
    @Column(name = "request_id", updatable = false)
    public String requestId;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** The oldest unpublished events, in the order they were written. */
    static List<OutboxEvent> nextUnpublished(int max) {
        return find("publishedAt is null order by id").page(0, max).list();
    }

    public static long countFor(String aggregateType, String aggregateId) {
        return count("aggregateType = ?1 and aggregateId = ?2", aggregateType, aggregateId);
    }
}
