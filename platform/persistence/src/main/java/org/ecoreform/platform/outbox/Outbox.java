package org.ecoreform.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.ecoreform.platform.audit.AuditTrail;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.Timestamps;

/**
 * Records change events in the caller's transaction. The event exists if and only if the state
 * change commits; {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Event<OutboxRecorded> recorded;
    private final AuditTrail audit;
    private final Clock clock;

    public Outbox(ObjectMapper mapper, Event<OutboxRecorded> recorded, AuditTrail audit, Clock clock) {
        this.clock = clock;
        // the event contracts declare optional fields as absent, never null, at any depth
        this.mapper = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        this.recorded = recorded;
        this.audit = audit;
    }

    /**
     * Records the full current state of an aggregate (event-carried state transfer).
     *
     * @param state the payload; it must carry the same {@code version} as {@code version}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent recordState(
            String topic,
            String aggregateType,
            String aggregateId,
            long version,
            String eventType,
            Object state,
            Caller caller) {
        return record(topic, aggregateType, aggregateId, version, eventType, toJson(state), caller);
    }

    /** Records a hard delete: a tombstone, so compaction removes the aggregate from the topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent recordTombstone(
            String topic, String aggregateType, String aggregateId, long version, String eventType, Caller caller) {
        return record(topic, aggregateType, aggregateId, version, eventType, null, caller);
    }

    private OutboxEvent record(
            String topic,
            String aggregateType,
            String aggregateId,
            long version,
            String eventType,
            String payload,
            Caller caller) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.aggregateVersion = version;
        event.eventType = eventType;
        event.payload = payload;
        event.occurredAt = Timestamps.now(clock);
        event.requestId = caller.requestId();
        event.persist();
        audit.record(event, caller);
        recorded.fire(new OutboxRecorded());
        return event;
    }

    private String toJson(Object state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload could not be serialised", e);
        }
    }

    /** Fired on every record; the relay wakes up once the surrounding transaction commits. */
    public record OutboxRecorded() {}
}
