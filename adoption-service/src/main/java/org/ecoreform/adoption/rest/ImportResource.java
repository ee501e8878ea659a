package org.ecoreform.adoption.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.adoption.service.ImportReport;
import org.ecoreform.adoption.service.ImportReports;
import org.ecoreform.adoption.service.ImportRequest;
import org.ecoreform.adoption.service.ImportService;
import org.ecoreform.adoption.service.PlanInput;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.PageLinks;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Load a province's next notice in the same tabular form, without a release")
public class ImportResource {

    private final ImportService imports;
    private final ImportReports reports;
    private final CurrentCaller caller;
    private final HttpCaching caching;
    private final Validator validator;

    public ImportResource(
            ImportService imports,
            ImportReports reports,
            CurrentCaller caller,
            HttpCaching caching,
            Validator validator) {
        this.imports = imports;
        this.reports = reports;
        this.caller = caller;
        this.caching = caching;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importNotice",
            summary = "Import a notice: dry run by default, ?commit=true stores it",
            description =
                    "Every row is linked to national measures by tolerant name matching. The answer reports each row as "
                            + "matched, uncertain (below the confidence threshold or ambiguous, with candidates and scores) or rejected. "
                            + "A commit stores the plan and its matched rows only; the report is stored either way.")
    @APIResponse(
            responseCode = "200",
            description = "Dry run report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "201",
            description = "Committed; Location is the stored report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "409", description = "A plan with this document number is already stored")
    public Response importNotice(
            @Valid @NotNull ImportRequest request,
            @Parameter(description = "true stores the plan; otherwise a dry run", example = "false")
                    @QueryParam("commit")
                    String commit) {
        boolean store = QueryParams.flag("commit", commit);
        return answer(imports.importNotice(request, store, caller.get()), store);
    }

    private static Response answer(ImportReport report, boolean stored) {
        Response.ResponseBuilder response =
                stored ? Response.created(URI.create("/api/v1/imports/" + report.id())) : Response.ok();
        return response.entity(report).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importNotice",
            summary = "Import a notice uploaded as .xlsx or CSV: dry run by default, ?commit=true stores it",
            description =
                    "The same import as the JSON form, for a table kept in a spreadsheet: the plan's fields as form fields and "
                            + "the table as the file `table` (an .xlsx workbook's first sheet, or UTF-8 CSV). "
                            + "Columns are found by their header.")
    @APIResponse(
            responseCode = "200",
            description = "Dry run report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "201",
            description = "Committed; Location is the stored report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A plan field or the file is missing or invalid")
    @APIResponse(
            responseCode = "422",
            description = "The file is not a readable workbook or CSV, or its header lacks a needed column")
    public Response importUpload(
            NoticeUploadForm form,
            @Parameter(description = "true stores the plan; otherwise a dry run", example = "false")
                    @QueryParam("commit")
                    String commit)
            throws IOException {
        PlanInput plan = form.plan();
        Set<ConstraintViolation<PlanInput>> violations = validator.validate(plan);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (form.table == null) {
            throw ApiException.badRequest("table", "the notice's table is needed as a file (.xlsx or CSV)");
        }
        boolean store = QueryParams.flag("commit", commit);
        return answer(
                imports.importUpload(plan, Files.readAllBytes(form.table.uploadedFile()), store, caller.get()), store);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listImports",
            description =
                    "Each import run of a notice, dry runs and commits, without its rows; GET /api/v1/imports/{id} has the full "
                            + "report. Cursor-paged; strong ETag.",
            summary = "Import runs (dry runs and commits), newest first")
    @APIResponse(
            responseCode = "200",
            description = "Import runs without their rows; fetch one for the full report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.ImportRunPage.class)))
    public Response list(
            @Parameter(description = "Only those of one plan", example = "630000-2021-106") @QueryParam("plan")
                    String planId,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri,
            @Context Request request) {
        List<ImportReports.ImportRun> runs = reports.runs(planId);
        return PageLinks.wholeList(caching, request, uri, runs, run -> run.id().toString(), limit, cursor, count);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getImport",
            description =
                    "The report as it was answered: every row of the notice, matched, uncertain (with candidates and scores) or "
                            + "rejected (with the reason); strong ETag.",
            summary = "A stored import report")
    @APIResponse(
            responseCode = "200",
            description = "The report as answered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    public Response report(@PathParam("id") String id, @Context Request request) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("import report", id);
        }
        return caching.json(request, reports.find(uuid)).build();
    }
}
