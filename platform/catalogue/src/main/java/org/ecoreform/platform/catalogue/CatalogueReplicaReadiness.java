package org.ecoreform.platform.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the catalogue replica holds what the measures topic held when this replica of
 * the service started: before that, adoptions would be checked against an incomplete catalogue.
 */
@Readiness
@ApplicationScoped
public class CatalogueReplicaReadiness implements HealthCheck {

    private final CatalogueReplicator replicator;

    public CatalogueReplicaReadiness(CatalogueReplicator replicator) {
        this.replicator = replicator;
    }

    @Override
    public HealthCheckResponse call() {
        return replicator.readiness();
    }
}
