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
import org.ecoreform.indicators.service.ObservationFilter;
import org.ecoreform.indicators.service.ObservationQueries;
import org.ecoreform.indicators.service.ObservationService;
import org.ecoreform.indicators.service.ObservationView;
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

@Path("/api/v1/observations")
@Tag(name = "Observations", description = "Values reported by provinces; corrections keep history (asOf)")
public class ObservationResource {

    private final ObservationQueries queries;
    private final ObservationService observations;
    private final HttpCaching caching;
    private final ExportDataset<ObservationView> observationsDataset;

    private final CurrentCaller caller;

    public ObservationResource(
            ObservationQueries queries,
            ObservationService observations,
            HttpCaching caching,
            ExportDataset<ObservationView> observationsDataset,
            CurrentCaller caller) {
        this.caller = caller;
        this.observationsDataset = observationsDataset;
        this.queries = queries;
        this.observations = observations;
        this.caching = caching;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            operationId = "listObservations",
            summary = "Observations, as known now or at the end of an asOf date",
            description = "An observation reported after asOf is left out; a corrected one shows the value known then.")
    @APIResponse(
            responseCode = "200",
            description = "A page of matching observations in id order (CSV: all of them)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiPages.ObservationPage.class)),
                @Content(mediaType = MediaTypes.TEXT_CSV)
            })
    public Response search(
            @Parameter(example = "360000") @QueryParam("province") List<String> province,
            @Parameter(example = "forest-coverage") @QueryParam("indicator") List<String> indicator,
            @Parameter(example = "2019") @QueryParam("period") String period,
            @Parameter(example = "2021-03-01") @QueryParam("asOf") String asOf,
            @Parameter(example = "50") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Parameter(example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context Request request,
            @Context UriInfo uri) {
        ObservationFilter filter = ObservationFilter.of(province, indicator, period, asOf);
        PageRequest pageRequest = PageRequest.parse(limit, cursor);
        if (ContentNegotiation.wantsCsv(format, headers)) {
            return caching.text(request, observationsDataset.csv(queries.searchAll(filter)), MediaTypes.TEXT_CSV_UTF8)
                    .header("Content-Disposition", "inline; filename=\"observations.csv\"")
                    .build();
        }
        Page<ObservationView> page = queries.search(filter, pageRequest);
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(queries.searchAll(filter).size());
        }
        return PageLinks.withNext(caching.json(request, page), uri, page).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getObservation",
            description =
                    "asOf (a date) answers the observation as it was known at the end of that day, before any later correction; strong "
                            + "ETag.",
            summary = "One observation with its revisions (as known now, or at asOf)")
    @APIResponse(
            responseCode = "200",
            description = "The observation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "404", description = "No such observation (or not yet reported at asOf)")
    public Response get(
            @Parameter(example = "360000-forest-coverage-2019") @PathParam("id") String id,
            @Parameter(example = "2021-03-01") @QueryParam("asOf") String asOf,
            @Context Request request) {
        ObservationView view = queries.get(id, QueryParams.optional(asOf).map(ObservationFilter::asOfEndOfDay));
        return view.version() == null
                ? caching.json(request, view).build()
                : caching.json(request, view, EntityTags.ofVersion(view.version()))
                        .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "reportObservation",
            description =
                    "Needs the province-editor role for the observation's province, or admin. A value of an indicator for a province "
                            + "and year, with its source; answers 201 with Location and the ETag.",
            summary = "Report an observation (province-editor of that province)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "forest 2019",
                                            value = "{\"province\":\"360000\","
                                                    + "\"indicator\":\"forest-coverage\",\"period\":2019,\"value\":63.1,"
                                                    + "\"status\":\"provisional\",\"source\":\"江西省统计公报2019\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Reported",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "403", description = "Another province")
    @APIResponse(responseCode = "409", description = "Already reported: correct it with PUT")
    public Response report(@Valid @NotNull Inputs.ObservationInput input) {
        ObservationView view = observations.report(input, caller.get());
        return WriteResponses.created("/api/v1/observations/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "correctObservation",
            description =
                    "Needs the province-editor role for the observation's province, or admin, and If-Match with the current ETag. The "
                            + "corrected value becomes current; the earlier one stays in the observation's history.",
            summary = "Correct an observation (If-Match); the earlier value stays in its history")
    @APIResponse(
            responseCode = "200",
            description = "The corrected observation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response correct(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Inputs.CorrectionInput input) {
        ObservationView view = observations.correct(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(view, view.version());
    }
}
