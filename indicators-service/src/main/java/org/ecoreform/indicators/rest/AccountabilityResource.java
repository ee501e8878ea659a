package org.ecoreform.indicators.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.indicators.service.AccountabilityFilter;
import org.ecoreform.indicators.service.AccountabilityQueries;
import org.ecoreform.indicators.service.AccountabilityService;
import org.ecoreform.indicators.service.AccountabilityState;
import org.ecoreform.indicators.service.Inputs;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/accountability")
@Tag(
        name = "Accountability",
        description = "Which province has set up which assessment and accountability institution (F2015-S8), where "
                + "it pilots it, on what document")
public class AccountabilityResource {

    private final AccountabilityQueries queries;
    private final AccountabilityService tracker;
    private final HttpCaching caching;
    private final CurrentCaller caller;

    public AccountabilityResource(
            AccountabilityQueries queries, AccountabilityService tracker, HttpCaching caching, CurrentCaller caller) {
        this.queries = queries;
        this.tracker = tracker;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listAccountability",
            summary = "The tracker",
            description = "Per province and institution (assessment-method, green-development-index, "
                    + "resource-balance-sheet, departure-audit, lifelong-accountability, inspection, "
                    + "carrying-capacity-warning): "
                    + "planned, piloting or established, the pilot "
                    + "places and the history with documents. Seeded from what the pilot plans state: "
                    + "planned, or piloting where a plan names pilot places. In id order, cursor-paged.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the records that match",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.AccountabilityPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed filter",
            content = @Content(mediaType = MediaTypes.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(example = "360000") @QueryParam("province") List<String> province,
            @Parameter(example = "resource-balance-sheet") @QueryParam("institution") List<String> institution,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri,
            @Context Request request) {
        List<AccountabilityResponse> matching =
                queries.searchAll(AccountabilityFilter.of(province, institution)).stream()
                        .map(AccountabilityResponse::of)
                        .toList();
        return PageLinks.wholeList(caching, request, uri, matching, AccountabilityResponse::id, limit, cursor, count);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAccountability",
            summary = "One province's record of one institution",
            description = "ETag is its version.")
    @APIResponse(
            responseCode = "200",
            description = "The record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountabilityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such record")
    public Response get(
            @Parameter(example = "360000-resource-balance-sheet") @PathParam("id") String id,
            @Context Request request) {
        AccountabilityState state = queries.get(id);
        return caching.json(request, AccountabilityResponse.of(state), EntityTags.ofVersion(state.version()))
                .build();
    }

    @POST
    @Path("/{province}/{institution}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "reportAccountability",
            summary = "Record where the province stands with an institution, on a document",
            description =
                    "A province-editor of that province, or an admin. Adds an entry to the history. If-Match: the record's ETag, or * "
                            + "for an institution the province has no record of yet.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "established",
                                            value = "{\"status\":\"established\","
                                                    + "\"effectiveOn\":\"2018-06-30\",\"narrative\":\"省政府印发自然资源资产负债表编制制度\","
                                                    + "\"documentNumber\":\"赣府厅发〔2018〕20号\","
                                                    + "\"documentTitle\":\"江西省自然资源资产负债表编制制度（试行）\","
                                                    + "\"issuedOn\":\"2018-06-20\","
                                                    + "\"url\":\"https://www.jiangxi.gov.cn/2018/20.html\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The record with the new entry",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountabilityResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed input",
            content = @Content(mediaType = MediaTypes.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(
            responseCode = "422",
            description = "A day after today",
            content = @Content(mediaType = MediaTypes.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response report(
            @Parameter(example = "360000") @PathParam("province") String province,
            @Parameter(example = "resource-balance-sheet") @PathParam("institution") String institution,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Inputs.AccountabilityInput input) {
        AccountabilityState state =
                tracker.report(province, institution, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(AccountabilityResponse.of(state), state.version());
    }
}
