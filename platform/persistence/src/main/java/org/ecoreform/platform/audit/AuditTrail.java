package org.ecoreform.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.ecoreform.platform.change.Caller;
import org.ecoreform.platform.change.Timestamps;
import org.ecoreform.platform.outbox.OutboxEvent;

/**
 * Records who changed what. Every state change of an owning service is announced through the
 * outbox, so the outbox calls this for each one, in the same transaction: a change without its
 * audit entry cannot commit. "Before" is the state this trail recorded last for the aggregate, so
 * the trail stands on its own (the outbox may be cleaned up).
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final Clock clock;

    public AuditTrail(EntityManager entityManager, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(OutboxEvent event, Caller caller) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Timestamps.now(clock);
        entry.aggregateType = event.aggregateType;
        entry.aggregateId = event.aggregateId;
        entry.aggregateVersion = event.aggregateVersion;
        entry.afterState = event.payload;
        entry.beforeState = previousState(event);
        entry.action = event.payload == null ? "deleted" : entry.beforeState == null ? "created" : "updated";
        entry.actor = truncate(caller.auditedAs(), 200);
        entry.roles = truncate(String.join(",", new TreeSet<>(caller.roles())), 500);
        entry.province = caller.province() == null ? null : truncate(caller.province(), 6);
        entry.requestId = caller.requestId();
        entry.request = caller.request();
        entry.persist();
    }

    private String previousState(OutboxEvent event) {
        List<String> previous = entityManager
                .createQuery(
                        "select a.afterState from AuditEntry a where a.aggregateType = :type and a.aggregateId = :id order by a.id desc",
                        String.class)
                .setParameter("type", event.aggregateType)
                .setParameter("id", event.aggregateId)
                .setMaxResults(1)
                .getResultList();
        return previous.isEmpty() ? null : previous.get(0);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
