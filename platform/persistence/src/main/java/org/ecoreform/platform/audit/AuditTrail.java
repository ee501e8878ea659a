package org.ecoreform.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.ecoreform.platform.http.RequestIds;
import org.ecoreform.platform.outbox.OutboxEvent;
import org.ecoreform.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records who changed what. Every state change of an owning service is announced through the
 * outbox, so the outbox calls this for each one, in the same transaction: a change without its
 * audit entry cannot commit. "Before" is the state last announced for the aggregate.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes made without a caller: reference imports, replication. */
    public static final String SYSTEM = "system";

    private final EntityManager entityManager;

    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(OutboxEvent event) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.aggregateType = event.aggregateType;
        entry.aggregateId = event.aggregateId;
        entry.aggregateVersion = event.aggregateVersion;
        entry.afterState = event.payload;
        entry.beforeState = previousState(event);
        entry.action = event.payload == null ? "deleted" : entry.beforeState == null ? "created" : "updated";
        describeCaller(entry);
        entry.persist();
    }

    private String previousState(OutboxEvent event) {
        List<String> previous = entityManager.createQuery(
                        "select e.payload from OutboxEvent e where e.aggregateType = :type and e.aggregateId = :id and e.id < :before "
                                + "order by e.id desc", String.class)
                .setParameter("type", event.aggregateType).setParameter("id", event.aggregateId).setParameter("before", event.id)
                .setMaxResults(1).getResultList();
        return previous.isEmpty() ? null : previous.get(0);
    }

    private static void describeCaller(AuditEntry entry) {
        entry.actor = SYSTEM;
        entry.roles = "";
        RequestIds.currentRequest().ifPresent(request -> {
            entry.requestId = request.getHeader(RequestIds.HEADER);
            entry.request = truncate(request.method().name() + " " + request.path(), 500);
        });
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        entry.actor = truncate(identity.getPrincipal().getName(), 200);
        entry.roles = truncate(String.join(",", new TreeSet<>(identity.getRoles())), 500);
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(Roles.PROVINCE_CLAIM) != null) {
            entry.province = truncate(token.getClaim(Roles.PROVINCE_CLAIM).toString().replace("\"", ""), 6);
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
