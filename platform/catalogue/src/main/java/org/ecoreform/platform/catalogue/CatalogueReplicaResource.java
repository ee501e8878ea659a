package org.ecoreform.platform.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/catalogue-replica")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue replica", description = "The local copy of the national catalogue that validates measure ids")
public class CatalogueReplicaResource {

    private final CatalogueReplicator replicator;

    public CatalogueReplicaResource(CatalogueReplicator replicator) {
        this.replicator = replicator;
    }

    @Schema(name = "ReplicaStatus")
    public record ReplicaStatus(
            @Schema(example = "true") boolean caughtUp,
            @Schema(example = "90") long measures,
            @Schema(example = "0") long retired) {}

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            operationId = "getCatalogueReplicaStatus",
            description =
                    "The service keeps a replica of the catalogue, read from ecoreform.measures.v1, to check the measure ids it is "
                            + "sent; this tells whether the replica has read the topic to its end and what it holds.",
            summary = "Whether the replica has caught up, and what it holds")
    @APIResponse(responseCode = "200", description = "Replica status")
    public ReplicaStatus status() {
        return new ReplicaStatus(
                replicator.isReady(),
                CatalogueMeasure.count(),
                CatalogueMeasure.count("status", CatalogueMeasure.RETIRED));
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "rebuildCatalogueReplica",
            description =
                    "Needs the admin role. Answers 202 at once; the replica is emptied and read again from the topic's first offset: "
                            + "follow GET /api/v1/catalogue-replica.",
            summary = "Wipe the replica and rebuild it from the compacted topic (admin)")
    @APIResponse(responseCode = "202", description = "Rebuild started; poll the status")
    public Response rebuild() {
        replicator.requestRebuild();
        return Response.accepted().build();
    }
}
