package org.ecoreform.indicators.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.indicators.service.PlanTaskImportReport;
import org.ecoreform.indicators.service.PlanTaskImportService;
import org.ecoreform.indicators.service.PlanTaskWorkbookQueries;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.rest.FileImports;
import org.ecoreform.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1")
@Tag(
        name = "Plan-task workbooks",
        description = "The plan tasks' sheet of a province's year-end workbook: download, fill in, upload")
public class PlanTaskWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanTaskWorkbookQueries workbooks;
    private final PlanTaskImportService imports;
    private final CurrentCaller caller;

    public PlanTaskWorkbookResource(
            PlanTaskWorkbookQueries workbooks, PlanTaskImportService imports, CurrentCaller caller) {
        this.workbooks = workbooks;
        this.imports = imports;
        this.caller = caller;
    }

    /** The upload: the workbook as downloaded and filled in, or the sheet's columns as CSV. */
    @Schema(name = "PlanTaskWorkbookUpload")
    public static class Upload {
        @RestForm
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                required = true,
                description = "The workbook (.xlsx: its sheet '方案任务 plan tasks', else its first) or UTF-8 CSV with "
                        + "the sheet's header")
        public FileUpload file;
    }

    @GET
    @Path("/provinces/{code}/plan-task-workbook")
    @Produces(XLSX)
    @Operation(
            operationId = "getPlanTaskWorkbook",
            summary = "A province's plan tasks as a workbook sheet (.xlsx)",
            description = "One row per task of the province's pilot plan: its id and version, due year, section, text "
                    + "and status, and empty columns for the completion (done on, what was done, document number and "
                    + "address). The gateway's GET /api/v1/provinces/{code}/progress-workbook puts this sheet beside "
                    + "the adoption records'.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a province code")
    public Response workbook(
            @Parameter(description = "GB/T 2260 province code", example = "360000") @PathParam("code") String code) {
        return Response.ok(workbooks.workbook(code), XLSX)
                .header("Content-Disposition", "attachment; filename=\"plan-tasks-" + code + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/plan-task-imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importPlanTaskWorkbook",
            summary = "Take back the plan tasks' sheet filled in: a preview by default, ?commit=true stores it",
            description = "Every row of the sheet is in the report: accepted, unchanged (nothing written in it, or the "
                    + "task's own completion already) or refused with the column at fault and why; each row is checked "
                    + "exactly as POST /api/v1/plan-tasks/{id}/completion would check it. A preview stores nothing. A "
                    + "commit needs an Idempotency-Key and stores every accepted row in one transaction; the same file "
                    + "committed again stores nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The report, row by row",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanTaskImportReport.class)))
    @APIResponse(responseCode = "400", description = "No file, or a malformed Idempotency-Key")
    @APIResponse(
            responseCode = "422",
            description = "The file is not a readable workbook or CSV, its header lacks a needed column, or a commit "
                    + "has no Idempotency-Key")
    public Response upload(
            Upload upload,
            @Parameter(description = "true stores the accepted rows; otherwise a preview", example = "false")
                    @QueryParam("commit")
                    String commit,
            @Parameter(description = "Required with commit=true: a retry with the same key answers the first report")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey)
            throws IOException {
        return FileImports.answer(
                upload == null ? null : upload.file,
                commit,
                idempotencyKey,
                content -> imports.preview(content, caller.get()),
                (content, key) -> imports.commit(content, key, caller.get()));
    }
}
