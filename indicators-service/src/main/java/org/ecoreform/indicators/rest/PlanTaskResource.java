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
import org.ecoreform.indicators.service.Inputs;
import org.ecoreform.indicators.service.PlanTaskFilter;
import org.ecoreform.indicators.service.PlanTaskQueries;
import org.ecoreform.indicators.service.PlanTaskService;
import org.ecoreform.indicators.service.PlanTaskState;
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
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/plan-tasks")
@Tag(
        name = "Plan tasks",
        description =
                "The dated reform tasks of the pilot plans: due, done or overdue, and the national measures they became")
public class PlanTaskResource {

    private static final String PROBLEM = MediaTypes.PROBLEM_JSON;

    private final PlanTaskQueries queries;
    private final PlanTaskService tasks;
    private final HttpCaching caching;
    private final CurrentCaller caller;

    public PlanTaskResource(PlanTaskQueries queries, PlanTaskService tasks, HttpCaching caching, CurrentCaller caller) {
        this.queries = queries;
        this.tasks = tasks;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listPlanTasks",
            summary = "Search plan tasks",
            description =
                    "Every clause of a plan's key tasks (重点任务) that names a year, due by the end of "
                            + "that year. A task is linked to a national measure proven in its province when "
                            + "it states at least 80 % of the measure's "
                            + "name in runs of two letters or more, shares a phrase of four letters or more "
                            + "with it, and no other measure comes within "
                            + "0.1; measures scoring 0.5 or more otherwise are candidates. Filters combine with AND; cursor-paged.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tasks",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.PlanTaskPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed filter, limit or cursor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response search(
            @Parameter(example = "360000") @QueryParam("province") List<String> province,
            @Parameter(description = "Due year", example = "2018") @QueryParam("year") String year,
            @Parameter(description = "A national measure the task became", example = "N2020-15") @QueryParam("measure")
                    List<String> measure,
            @Parameter(description = "due, done or overdue, judged today", example = "overdue") @QueryParam("status")
                    List<String> status,
            @Parameter(example = "50") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri,
            @Context Request request) {
        PlanTaskFilter filter = PlanTaskFilter.of(province, year, measure, status);
        Page<PlanTaskResponse> page =
                queries.search(filter, PageRequest.parse(limit, cursor)).map(PlanTaskResponse::of);
        if (QueryParams.flag("count", count)) {
            page = page.withTotal(queries.count(filter));
        }
        return PageLinks.withNext(caching.json(request, page), uri, page).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPlanTask",
            summary = "One plan task",
            description = "ETag is the task's version; send it in If-Match to change it.")
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanTaskResponse.class)))
    @APIResponse(responseCode = "404", description = "No such task")
    public Response get(@Parameter(example = "360000-P1-30") @PathParam("id") String id, @Context Request request) {
        PlanTaskState state = queries.get(id);
        return caching.json(request, PlanTaskResponse.of(state), EntityTags.ofVersion(state.version()))
                .build();
    }

    @PUT
    @Path("/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.INDICATOR_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "decidePlanTaskLinks",
            summary = "Decide which measures a task became",
            description = "Links and unlinks that every later linking keeps. Requires If-Match.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "link", value = "{\"link\":[\"N2020-69\"],\"unlink\":[]}")))
    @APIResponse(
            responseCode = "200",
            description = "The task with its links",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanTaskResponse.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(
            responseCode = "422",
            description = "A measure not in the catalogue",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response decide(
            @Parameter(example = "360000-P1-13") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Inputs.LinkDecisionInput input) {
        PlanTaskState state = tasks.decide(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(PlanTaskResponse.of(state), state.version());
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "completePlanTask",
            summary = "Report a task done",
            description = "A province-editor of the task's province, or an admin; the day may not be after "
                    + "today. Requires If-Match.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "done",
                                            value = "{\"on\":\"2018-06-30\","
                                                    + "\"narrative\":\"省自然资源厅印发自然资源资产负债表编制制度\","
                                                    + "\"documentNumber\":\"赣自然资发〔2018〕12号\","
                                                    + "\"url\":\"https://bnr.jiangxi.gov.cn/2018/12.html\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The task, done",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanTaskResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed input (an address that is not http or https …)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province's task")
    @APIResponse(
            responseCode = "422",
            description = "A day after today",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response complete(
            @Parameter(example = "360000-P1-30") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Inputs.CompletionInput input) {
        PlanTaskState state = tasks.reportDone(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(PlanTaskResponse.of(state), state.version());
    }

    @POST
    @Path("/relink")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "relinkPlanTasks",
            summary = "Link every task again against the current catalogue (admin)",
            description = "Editors' decisions are kept.")
    @APIResponse(
            responseCode = "200",
            description = "How many tasks changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.RelinkResult.class)))
    public Response relink() {
        return Response.ok(java.util.Map.of("changed", tasks.relinkAll()))
                .type(MediaTypes.JSON_UTF8)
                .build();
    }
}
