package org.ecoreform.indicators.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.ecoreform.indicators.service.Inputs;
import org.ecoreform.indicators.service.TargetFilter;
import org.ecoreform.indicators.service.TargetQueries;
import org.ecoreform.indicators.service.TargetService;
import org.ecoreform.indicators.service.TargetState;
import org.ecoreform.platform.export.ExportDataset;
import org.ecoreform.platform.http.ContentNegotiation;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/targets")
@Tag(name = "Targets", description = "Provinces' environmental targets with server-computed attainment")
public class TargetResource {

    private final TargetQueries queries;
    private final TargetService targets;
    private final HttpCaching caching;
    private final ExportDataset<TargetState> targetsDataset;

    private final CurrentCaller caller;

    public TargetResource(
            TargetQueries queries,
            TargetService targets,
            HttpCaching caching,
            ExportDataset<TargetState> targetsDataset,
            CurrentCaller caller) {
        this.caller = caller;
        this.targetsDataset = targetsDataset;
        this.queries = queries;
        this.targets = targets;
        this.caching = caching;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            operationId = "listTargets",
            summary = "Search targets",
            description = "Each target carries its attainment, computed by the server; see the "
                    + "Attainment schema for the rule. JSON is cursor-paged; CSV has every match.")
    @APIResponse(
            responseCode = "200",
            description = "A page of targets",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiPages.TargetPage.class)),
                @Content(mediaType = MediaTypes.TEXT_CSV)
            })
    public Response search(
            @Parameter(example = "360000") @QueryParam("province") List<String> province,
            @Parameter(example = "forest-coverage") @QueryParam("indicator") List<String> indicator,
            @Parameter(example = "2020") @QueryParam("year") String year,
            @Parameter(
                            description = "met, on-track, at-risk, missed, no-target-year-data or no-data",
                            example = "missed")
                    @QueryParam("attainment")
                    List<String> attainment,
            @Parameter(example = "50") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Parameter(example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context Request request) {
        TargetFilter filter = TargetFilter.of(province, indicator, year, attainment);
        if (ContentNegotiation.wantsCsv(format, headers)) {
            return caching.text(request, targetsDataset.csv(queries.searchAll(filter)), MediaTypes.TEXT_CSV_UTF8)
                    .header("Content-Disposition", "inline; filename=\"targets.csv\"")
                    .build();
        }
        Page<TargetResponse> page =
                queries.search(filter, PageRequest.parse(limit, cursor)).map(TargetResponse::of);
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(queries.searchAll(filter).size());
        }
        return PageLinks.withNext(caching.json(request, page), uri, page).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getTarget",
            description =
                    "Attainment is computed by the server from the target and the observations (the rule is in the Attainment schema); "
                            + "strong ETag.",
            summary = "One target with every observation of its province and indicator, and its attainment")
    @APIResponse(
            responseCode = "200",
            description = "The target",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "404", description = "No such target")
    public Response get(
            @Parameter(example = "360000-pm25-annual-mean-2020") @PathParam("id") String id, @Context Request request) {
        TargetState state = queries.get(id);
        return caching.json(request, TargetResponse.of(state), EntityTags.ofVersion(state.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INDICATOR_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createTarget",
            description =
                    "Needs the indicator-editor or admin role. A province's target for an indicator by a year; answers 201 with "
                            + "Location and the ETag.",
            summary = "Set a target (indicator-editor)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "forest 2025",
                                            value = "{\"province\":\"630000\","
                                                    + "\"indicator\":\"forest-coverage\",\"comparator\":\"≥\",\"value\":8,"
                                                    + "\"year\":2025,"
                                                    + "\"baselineValue\":7.5,\"baselineYear\":2020,"
                                                    + "\"sentence\":\"到2025年，全省森林覆盖率达到8%\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown province or indicator, missing value")
    public Response create(@Valid @NotNull Inputs.TargetInput input) {
        TargetState state = targets.create(input, caller.get());
        return WriteResponses.created("/api/v1/targets/" + state.id(), TargetResponse.of(state), state.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INDICATOR_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "replaceTarget",
            description =
                    "Needs the indicator-editor or admin role and If-Match with the current ETag; the change is a new version of the "
                            + "target on ecoreform.indicators.v1.",
            summary = "Change a target (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The new state",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Inputs.TargetInput input) {
        TargetState state = targets.update(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(TargetResponse.of(state), state.version());
    }
}
