package org.ecoreform.measures.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.measures.service.MeasureFilter;
import org.ecoreform.measures.service.MeasureInput;
import org.ecoreform.measures.service.MeasureQueries;
import org.ecoreform.measures.service.MeasureService;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.platform.change.ExpectedVersion;
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
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/measures")
@Tag(name = "Measures", description = "The national catalogue of reform measures")
public class MeasureResource {

    private static final String PROBLEM = MediaTypes.PROBLEM_JSON;

    private final MeasureQueries queries;
    private final MeasureService measures;
    private final HttpCaching caching;
    private final CurrentCaller caller;
    private final ExportDataset<MeasureState> measuresDataset;

    public MeasureResource(
            MeasureQueries queries,
            MeasureService measures,
            HttpCaching caching,
            CurrentCaller caller,
            ExportDataset<MeasureState> measuresDataset) {
        this.queries = queries;
        this.measures = measures;
        this.measuresDataset = measuresDataset;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            operationId = "listMeasures",
            summary = "Search the catalogue",
            description =
                    "Filters combine with AND. JSON is cursor-paged (`nextCursor` and a `Link: rel=\"next\"` header); "
                            + "CSV (`Accept: text/csv` or `format=csv`) returns every matching measure in one response.")
    @APIResponse(
            responseCode = "200",
            description = "A page of measures",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ApiPages.MeasurePage.class)),
                @Content(
                        mediaType = MediaTypes.TEXT_CSV,
                        example = "id,listCode,number,...\r\nN2020-57,N2020,57,C09,...")
            })
    @APIResponse(
            responseCode = "400",
            description = "A malformed filter, limit or cursor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(description = "Category id", example = "C09") @QueryParam("category") List<String> category,
            @Parameter(description = "GB/T 2260 code of a source province", example = "360000")
                    @QueryParam("sourceProvince")
                    List<String> sourceProvince,
            @Parameter(description = "Guiding department id", example = "pboc") @QueryParam("department")
                    List<String> department,
            @Parameter(description = "active or retired", example = "active") @QueryParam("status") List<String> status,
            @Parameter(
                            description =
                                    "Text searched in name and content (Chinese substrings), and in the names of the "
                                            + "category and the guiding departments in Chinese and English (forest finds the "
                                            + "measures the forestry administration guides)",
                            example = "林票")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Institutional system of the policy framework its linked articles belong to",
                            example = "F2015-S5")
                    @QueryParam("frameworkSystem")
                    String frameworkSystem,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Parameter(description = "csv to get CSV whatever the Accept header", example = "csv") @QueryParam("format")
                    String format,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context Request request) {
        MeasureFilter filter = MeasureFilter.of(category, sourceProvince, department, status, q, frameworkSystem);
        if (ContentNegotiation.wantsCsv(format, headers)) {
            return caching.text(request, measuresDataset.csv(queries.searchAll(filter)), MediaTypes.TEXT_CSV_UTF8)
                    .header("Content-Disposition", "inline; filename=\"measures.csv\"")
                    .build();
        }
        Page<MeasureResponse> page =
                queries.search(filter, PageRequest.parse(limit, cursor)).map(MeasureResponse::of);
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(queries.count(filter));
        }
        return PageLinks.withNext(caching.json(request, page), uri, page).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getMeasure",
            summary = "One measure",
            description = "The ETag is the measure's version; send it back in If-Match to change it.")
    @APIResponse(
            responseCode = "200",
            description = "The measure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(
            responseCode = "404",
            description = "No such measure",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "N2020-03") @PathParam("id") String id, @Context Request request) {
        MeasureState state = queries.get(id);
        return caching.json(request, MeasureResponse.of(state), EntityTags.ofVersion(state.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "createMeasure",
            summary = "Add a measure",
            description = "The number is the next free one of the list. "
                    + "A retry with the same Idempotency-Key and body returns the first answer.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "new measure",
                                            value = "{\"listCode\":\"N2020\",\"categoryId\":\"C09\","
                                                    + "\"name\":\"碳排放权质押贷款\",\"content\":\"以碳排放权为质押物发放贷款。\","
                                                    + "\"sourceProvinces\":[\"360000\"],\"departments\":[\"pboc\"]}")))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed or invalid body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token lacks the catalogue-editor role")
    @APIResponse(
            responseCode = "422",
            description = "Unknown category, province, department or list",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Valid @NotNull MeasureInput input,
            @Parameter(description = "Makes retries safe", example = "2f1c7e0a-measure-import-1")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey) {
        IdempotentCreate.Created created = measures.create(
                input,
                idempotencyKey,
                caller.get(),
                state -> new String(caching.toJson(MeasureResponse.of(state)), StandardCharsets.UTF_8));
        return WriteResponses.createdOnce(created.location(), created.body(), created.replayed());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "replaceMeasure",
            summary = "Replace a measure's editable fields",
            description = "Requires If-Match with the current ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The new state",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is not the current version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replace(
            @Parameter(example = "N2020-03") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being replaced", example = "\"v1\"") @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull MeasureInput input) {
        MeasureState state = measures.replace(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(MeasureResponse.of(state), state.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaTypes.MERGE_PATCH_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "patchMeasure",
            summary = "Change some fields (JSON merge patch, RFC 7386)",
            description = "Requires If-Match with the current ETag.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaTypes.MERGE_PATCH_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "rename", value = "{\"name\":\"“林票”制度改革\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The new state",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(
            @Parameter(example = "N2020-03") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch)
            throws JsonProcessingException {
        ExpectedVersion expected = Preconditions.expectedVersion(ifMatch);
        if (patch == null || !patch.isObject()) {
            throw new ApiException(ProblemKind.MALFORMED_BODY, "a merge patch must be a JSON object");
        }
        MeasureState state = measures.patch(id, expected, patch, caller.get());
        return WriteResponses.ok(MeasureResponse.of(state), state.version());
    }
}
