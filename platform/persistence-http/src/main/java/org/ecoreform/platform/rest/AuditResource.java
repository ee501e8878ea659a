package org.ecoreform.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.platform.audit.AuditQuery;
import org.ecoreform.platform.audit.AuditRecord;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageOf;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.security.Roles;

/**
 * The audit trail of this service, for admins. Read-only: there is no method to change it, so any
 * other verb is a 405.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Audit", description = "Who changed what and when (admin, read-only)")
public class AuditResource {

    private static final String ID_PATTERN = "^[A-Za-z0-9._:-]{1,200}$";

    private final AuditQuery audit;

    /** The schema of a page of audit entries in the API document (see {@link PageOf}). */
    @Schema(name = "AuditPage")
    static final class AuditPage extends PageOf<AuditRecord> {}

    public AuditResource(AuditQuery audit) {
        this.audit = audit;
    }

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "The audit trail, newest first",
            description =
                    "Every state change with its actor, roles, province, "
                            + "request id, and the states before and after. Filters combine; `since` is inclusive, `until` exclusive.")
    @APIResponse(
            responseCode = "200",
            description = "A page of entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response search(
            @Parameter(example = "measure") @QueryParam("aggregateType") String aggregateType,
            @Parameter(example = "N2020-03") @QueryParam("aggregateId") String aggregateId,
            @Parameter(description = "Token subject, or system", example = "editor-li") @QueryParam("actor")
                    String actor,
            @Parameter(
                            description = "The province of the writer's token: what that province's office changed",
                            example = "630000")
                    @QueryParam("province")
                    String province,
            @Parameter(example = "3f9a1c0b2e7d-1k") @QueryParam("requestId") String requestId,
            @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("since") String since,
            @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("until") String until,
            @Parameter(example = "50") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many entries match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri) {
        AuditQuery.Filter filter = new AuditQuery.Filter(
                QueryParams.optional(
                        "aggregateType",
                        aggregateType,
                        "^[a-z][a-z-]{0,99}$",
                        "must be an aggregate type such as measure"),
                QueryParams.optional("aggregateId", aggregateId, ID_PATTERN, "must be an id"),
                QueryParams.text("actor", actor, 200),
                QueryParams.optional("province", province, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.optional("requestId", requestId, ID_PATTERN, "must be a request id"),
                QueryParams.optional(since),
                QueryParams.optional(until));
        Page<AuditRecord> page = audit.search(filter, PageRequest.parse(limit, cursor));
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(audit.count(filter));
        }
        return PageLinks.withNext(Response.ok(page), uri, page)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAuditEntry",
            description =
                    "Needs the admin role. Who changed which aggregate, when, through which request, with the aggregate's state before "
                            + "and after the change.",
            summary = "One audit entry")
    @APIResponse(
            responseCode = "200",
            description = "The entry",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditRecord.class)))
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response get(@Parameter(example = "1042") @PathParam("id") String id) {
        long entryId;
        try {
            entryId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("audit entry", id);
        }
        return Response.ok(audit.byId(entryId).orElseThrow(() -> ApiException.notFound("audit entry", id)))
                .header("Cache-Control", "no-store")
                .build();
    }
}
