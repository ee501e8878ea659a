package org.ecoreform.adoption.rest;

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
import java.nio.charset.StandardCharsets;
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
import org.ecoreform.adoption.service.AdoptionFilter;
import org.ecoreform.adoption.service.AdoptionInput;
import org.ecoreform.adoption.service.AdoptionQueries;
import org.ecoreform.adoption.service.AdoptionService;
import org.ecoreform.adoption.service.AdoptionState;
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
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/adoptions")
@Tag(name = "Adoptions", description = "Provinces' adoption records of national measures")
public class AdoptionResource {

    private static final String PROBLEM = MediaTypes.PROBLEM_JSON;

    private final AdoptionQueries queries;
    private final AdoptionService adoptions;
    private final HttpCaching caching;
    private final ExportDataset<AdoptionState> adoptionsDataset;
    private final CurrentCaller caller;

    public AdoptionResource(
            AdoptionQueries queries,
            AdoptionService adoptions,
            HttpCaching caching,
            ExportDataset<AdoptionState> adoptionsDataset,
            CurrentCaller caller) {
        this.queries = queries;
        this.adoptions = adoptions;
        this.caching = caching;
        this.adoptionsDataset = adoptionsDataset;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            operationId = "listAdoptions",
            summary = "Search adoption records",
            description =
                    "Filters combine with AND. JSON is cursor-paged; CSV (`Accept: text/csv` or `format=csv`) has every match. "
                            + "With `asOf`, only records adopted by that day are found, each with the status in effect then (its latest "
                            + "live progress entry effective by that day) and the history effective by then; "
                            + "`status` filters on that status.")
    @APIResponse(
            responseCode = "200",
            description = "A page of records (JSON), or every match (CSV)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiPages.AdoptionPage.class)),
                @Content(mediaType = MediaTypes.TEXT_CSV)
            })
    @APIResponse(
            responseCode = "400",
            description = "A malformed filter, limit or cursor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "GB/T 2260 code of the adopting province", example = "630000")
                    @QueryParam("province")
                    List<String> province,
            @Parameter(description = "A national measure id", example = "N2020-57") @QueryParam("measure")
                    List<String> measure,
            @Parameter(description = "Category id of an adopted measure", example = "C09") @QueryParam("category")
                    List<String> category,
            @Parameter(description = "Record status", example = "planned") @QueryParam("status") List<String> status,
            @Parameter(
                            description =
                                    "Text searched in the record's name and actions, and in the adopted measures' "
                                            + "names and categories in Chinese and English",
                            example = "牦牛")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Parameter(description = "csv or json", example = "csv") @QueryParam("format") String format,
            @Parameter(
                            description = "The records and their statuses as they stood on that day (ISO date)",
                            example = "2021-02-25")
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(
                            description =
                                    "Records naming this responsible unit: its id or any of its names (GET /api/v1/responsible-units)",
                            example = "housing-construction")
                    @QueryParam("unit")
                    String unit,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context Request request) {
        AdoptionFilter filter = AdoptionFilter.of(province, measure, category, status, q, asOf, unit);
        if (ContentNegotiation.wantsCsv(format, headers)) {
            return caching.text(request, adoptionsDataset.csv(queries.searchAll(filter)), MediaTypes.TEXT_CSV_UTF8)
                    .header("Content-Disposition", "inline; filename=\"adoptions.csv\"")
                    .build();
        }
        Page<AdoptionResponse> page =
                queries.search(filter, PageRequest.parse(limit, cursor)).map(AdoptionResponse::of);
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(queries.count(filter));
        }
        return PageLinks.withNext(caching.json(request, page), uri, page).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAdoption",
            summary = "One record with its status history",
            description = "ETag is the record's version; send it in If-Match to change it.")
    @APIResponse(
            responseCode = "200",
            description = "The record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such record")
    public Response get(
            @Parameter(example = "630000-2021-106-27") @PathParam("id") String id, @Context Request request) {
        AdoptionState state = queries.get(id);
        return caching.json(request, AdoptionResponse.of(state), EntityTags.ofVersion(state.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createAdoption",
            summary = "Add a record to a plan",
            description = "A province-editor may add records to its own province's plans only.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "adopt 福林贷",
                                            value = "{\"planId\":\"630000-2021-106\","
                                                    + "\"measureIds\":[\"N2020-57\"],\"actions\":\"推广林权抵押贷款。\","
                                                    + "\"responsibleUnits\":[\"省林草局\"]}")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionResponse.class)))
    @APIResponse(responseCode = "403", description = "Another province's plan")
    @APIResponse(
            responseCode = "422",
            description = "Unknown plan or measure",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Valid @NotNull AdoptionInput input,
            @Parameter(example = "qinghai-2022-001") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        IdempotentCreate.Created created = adoptions.create(
                input,
                idempotencyKey,
                caller.get(),
                state -> new String(caching.toJson(AdoptionResponse.of(state)), StandardCharsets.UTF_8));
        return WriteResponses.createdOnce(created.location(), created.body(), created.replayed());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "replaceAdoption",
            summary = "Replace a record's editable fields",
            description = "Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The new state",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionResponse.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(
            @Parameter(example = "630000-2021-106-31") @PathParam("id") String id,
            @Parameter(example = "\"v1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AdoptionInput input) {
        AdoptionState state = adoptions.update(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(AdoptionResponse.of(state), state.version());
    }
}
