package org.ecoreform.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.proxy.AuditFanOut;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.http.RequestIds;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.security.Roles;

/** The audit trails of the three services as one, newest first (admin; each service checks again). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Audit", description = "Who changed what and when (admin, read-only)")
public class AuditResource {

    private final AuditFanOut audit;

    public AuditResource(AuditFanOut audit) {
        this.audit = audit;
    }

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "The audit trail of every service, newest first",
            description = "Each entry names its `service`. Filters are those of the services' own /api/v1/audit; "
                    + "`service` keeps one service's trail.")
    @APIResponse(
            responseCode = "200",
            description = "A page of entries, each as the service's own audit entry with the `service` that wrote it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditPage")))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid")
    @APIResponse(responseCode = "503", description = "A service is down; its trail cannot be read now")
    public Response search(
            @Parameter(description = "measures, adoption or indicators", example = "adoption") @QueryParam("service")
                    String service,
            @QueryParam("aggregateType") String aggregateType,
            @QueryParam("aggregateId") String aggregateId,
            @QueryParam("actor") String actor,
            @QueryParam("province") String province,
            @QueryParam("requestId") String requestId,
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many entries of the services read match", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        List<String> services = service == null ? AuditFanOut.SERVICES : List.of(service);
        if (!AuditFanOut.SERVICES.containsAll(services)) {
            throw ApiException.badRequest("service", "must be one of " + String.join(", ", AuditFanOut.SERVICES));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "aggregateType", aggregateType);
        put(filters, "aggregateId", aggregateId);
        put(filters, "actor", actor);
        put(filters, "province", province);
        put(filters, "requestId", requestId);
        put(filters, "since", since);
        put(filters, "until", until);
        boolean counted = QueryParams.flag("count", count);
        AuditFanOut.Result result = audit.read(
                services,
                filters,
                limit,
                cursor,
                counted,
                PassedOnHeaders.of(headers, HttpHeaders.AUTHORIZATION, RequestIds.HEADER));
        if (result instanceof AuditFanOut.Refused refused) {
            Response.ResponseBuilder response = Response.status(refused.answer().status())
                    .entity(refused.answer().body());
            refused.answer()
                    .headers()
                    .getOrDefault("content-type", List.of())
                    .forEach(type -> response.header("Content-Type", type));
            return response.build();
        }
        AuditFanOut.Merged merged = (AuditFanOut.Merged) result;
        Page<?> page = new Page<>(merged.items(), merged.nextCursor(), merged.total());
        return PageLinks.withNext(Response.ok(page), uri, page)
                .header("Cache-Control", "no-store")
                .build();
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }
}
