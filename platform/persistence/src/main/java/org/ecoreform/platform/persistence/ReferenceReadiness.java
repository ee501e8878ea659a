package org.ecoreform.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a piece of reference work failed its last run; names each with its cause. */
@Readiness
@ApplicationScoped
public class ReferenceReadiness implements HealthCheck {

    private final ReferenceLoads loads;

    public ReferenceReadiness(ReferenceLoads loads) {
        this.loads = loads;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("reference-data")
                .status(loads.failures().isEmpty());
        loads.failures().forEach((name, cause) -> response.withData(name, "failed: " + cause));
        return response.build();
    }
}
