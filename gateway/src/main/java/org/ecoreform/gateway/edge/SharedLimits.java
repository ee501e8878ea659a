package org.ecoreform.gateway.edge;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.domain.ReplicaCounts;
import org.jboss.logging.Logger;

/**
 * One rate limit per client across every replica of the gateway (the HPA runs 2 to 8): each
 * replica admits from its own buckets (no round trip per request) and, once per interval, shares
 * what it admitted per client through the view store and debits its buckets with what the others
 * admitted for the clients it serves. So a client spread over N replicas gets the configured rate
 * plus at most one interval's worth from each other replica, not N times the rate. While the store
 * cannot be reached each replica limits on its own, and its counts are shared once it can.
 */
@ApplicationScoped
public class SharedLimits {

    private static final Logger LOG = Logger.getLogger(SharedLimits.class);

    private final ReplicaCounts counts;
    private final Map<String, ClientBuckets> scopes = new LinkedHashMap<>();
    /** Counts not shared yet because the store could not be reached. */
    private final Map<String, Map<String, Long>> unshared = new HashMap<>();

    private final GatewayConfig.RateLimit limits;
    private final Vertx vertx;

    @Inject
    public SharedLimits(ReplicaCounts counts, GatewayConfig config, Vertx vertx) {
        this.counts = counts;
        this.limits = config.rateLimit();
        this.vertx = vertx;
    }

    /** Without a schedule: the caller shares (tests drive time themselves). */
    public SharedLimits(ReplicaCounts counts) {
        this.counts = counts;
        this.limits = null;
        this.vertx = null;
    }

    /** The buckets of one kind of client, shared under {@code scope}. */
    public synchronized void track(String scope, ClientBuckets buckets) {
        scopes.put(scope, buckets);
    }

    void start(@Observes StartupEvent startup) {
        if (vertx == null || !limits.enabled() || !limits.shared()) {
            return;
        }
        vertx.setPeriodic(
                limits.shareInterval().toMillis(),
                id -> vertx.executeBlocking(
                        () -> {
                            share(System.nanoTime());
                            return null;
                        },
                        false));
    }

    /** Shares this replica's counts and debits the others'. */
    public synchronized void share(long now) {
        scopes.forEach((scope, buckets) -> {
            Map<String, Long> admitted = unshared.computeIfAbsent(scope, k -> new HashMap<>());
            buckets.takeAdmitted().forEach((client, n) -> admitted.merge(client, n, Long::sum));
            try {
                Map<String, Long> elsewhere = counts.exchange(scope, admitted, buckets.active(now));
                admitted.clear();
                buckets.debit(elsewhere, now);
            } catch (RuntimeException e) {
                LOG.debugf("rate counts not shared (%s); this replica limits on its own meanwhile", e.toString());
            }
        });
    }
}
