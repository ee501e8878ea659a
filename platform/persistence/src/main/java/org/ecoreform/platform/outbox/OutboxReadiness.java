package org.ecoreform.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the oldest unpublished event is older than the configured bound: writes are still
 * accepted (they wait in the outbox, nothing is lost), but consumers would see them late, so traffic
 * should go to a replica that publishes. Liveness does not depend on it: restarting would not help.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;
    private final Clock clock;

    public OutboxReadiness(OutboxBacklog backlog, OutboxConfig config, Clock clock) {
        this.clock = clock;
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot snapshot = backlog.snapshot();
        Duration age = snapshot.oldestAge(clock.instant());
        Duration bound = config.readinessMaxBacklogAge();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("pending", snapshot.pending())
                .withData("oldestAgeSeconds", age.toSeconds())
                .withData("maxBacklogAgeSeconds", bound.toSeconds())
                .status(!config.relayEnabled() || age.compareTo(bound) <= 0);
        if (snapshot.lastFailure() != null) {
            response.withData("lastError", snapshot.lastFailure());
        }
        if (!config.relayEnabled()) {
            response.withData("relay", "disabled in this process");
        }
        return response.build();
    }
}
