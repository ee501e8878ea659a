package org.ecoreform.gateway.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the views hold what the state topics held when this gateway started. */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

    private final ViewProjector projector;

    public ProjectionReadiness(ViewProjector projector) {
        this.projector = projector;
    }

    @Override
    public HealthCheckResponse call() {
        return projector.readiness();
    }
}
