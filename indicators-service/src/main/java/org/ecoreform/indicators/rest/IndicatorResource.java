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
import org.ecoreform.indicators.service.DocumentView;
import org.ecoreform.indicators.service.IndicatorQueries;
import org.ecoreform.indicators.service.IndicatorService;
import org.ecoreform.indicators.service.IndicatorView;
import org.ecoreform.indicators.service.Inputs;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The indicator codelist and the plan documents targets come from")
public class IndicatorResource {

    private final IndicatorQueries queries;
    private final IndicatorService indicators;
    private final HttpCaching caching;

    private final CurrentCaller caller;

    public IndicatorResource(
            IndicatorQueries queries, IndicatorService indicators, HttpCaching caching, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
        this.indicators = indicators;
        this.caching = caching;
    }

    @GET
    @Path("/indicators")
    @Operation(
            operationId = "listIndicators",
            description =
                    "The codelist of indicators; the direction says how attainment is judged against a target. One page; strong ETag.",
            summary = "Every indicator: unit, direction (higher or lower is better), theme, zh and en names")
    @APIResponse(
            responseCode = "200",
            description = "The codelist (one page)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.IndicatorPage.class)))
    public Response list(@Context Request request) {
        return caching.json(request, new Page<>(queries.list(), null)).build();
    }

    @GET
    @Path("/indicators/{id}")
    @Operation(
            operationId = "getIndicator",
            description = "Strong ETag (the indicator's version).",
            summary = "One indicator")
    @APIResponse(
            responseCode = "200",
            description = "The indicator",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response get(@Parameter(example = "pm25-annual-mean") @PathParam("id") String id, @Context Request request) {
        IndicatorView view = queries.get(id);
        return caching.json(request, view, EntityTags.ofVersion(view.version())).build();
    }

    @POST
    @Path("/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INDICATOR_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createIndicator",
            description =
                    "Needs the indicator-editor or admin role. The id is a lower-case slug, never reused; answers 201 with Location "
                            + "and the indicator's ETag.",
            summary = "Define an indicator (indicator-editor)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "ozone",
                                            value = "{\"id\":\"ozone-8h-90th\","
                                                    + "\"nameZh\":\"臭氧日最大8小时平均浓度第90百分位数\",\"nameEn\":\"Ozone 8-hour 90th "
                                                    + "percentile\","
                                                    + "\"unit\":\"µg/m³\",\"direction\":\"lower\",\"theme\":\"air\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@Valid @NotNull Inputs.IndicatorInput input) {
        IndicatorView view = indicators.create(input, caller.get());
        return WriteResponses.created("/api/v1/indicators/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/indicators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INDICATOR_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "replaceIndicator",
            description =
                    "Needs the indicator-editor or admin role and If-Match with the current ETag; answers the new state with its ETag.",
            summary = "Change an indicator's names, unit, direction or theme (If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The new definition",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(
            @Parameter(example = "forest-coverage") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Inputs.IndicatorInput input) {
        IndicatorView view = indicators.update(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(view, view.version());
    }

    @GET
    @Path("/source-documents")
    @Operation(
            operationId = "listSourceDocuments",
            description =
                    "The pilot plans and other documents targets were read from, each with its number, date and target count, "
                            + "in id order; cursor-paged; strong ETag. Also on the topic ecoreform.source-documents.v1.",
            summary =
                    "The plan documents read, with their target counts; a re-published copy names the document it repeats")
    @APIResponse(
            responseCode = "200",
            description = "A page of documents",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.SourceDocumentPage.class)))
    public Response documents(
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri,
            @Context Request request) {
        List<DocumentView> documents = queries.documents();
        return PageLinks.wholeList(caching, request, uri, documents, d -> String.valueOf(d.id()), limit, cursor, count);
    }
}
