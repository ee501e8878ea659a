package org.ecoreform.adoption.rest;

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
import org.ecoreform.adoption.service.ProgressImportReport;
import org.ecoreform.adoption.service.ProgressImportService;
import org.ecoreform.adoption.service.ProgressWorkbookQueries;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.rest.FileImports;
import org.ecoreform.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1")
@Tag(
        name = "Progress workbooks",
        description = "A province's year-end report in a spreadsheet: download, fill in, upload")
public class ProgressWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgressWorkbookQueries workbooks;
    private final ProgressImportService imports;
    private final CurrentCaller caller;

    public ProgressWorkbookResource(
            ProgressWorkbookQueries workbooks, ProgressImportService imports, CurrentCaller caller) {
        this.workbooks = workbooks;
        this.imports = imports;
        this.caller = caller;
    }

    /** The upload: the workbook as downloaded and filled in, or the same columns as CSV. */
    @Schema(name = "ProgressWorkbookUpload")
    public static class Upload {
        @RestForm
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                required = true,
                description = "The workbook (.xlsx, its first sheet) or UTF-8 CSV with its header")
        public FileUpload file;
    }

    @GET
    @Path("/provinces/{code}/progress-workbook")
    @Produces(XLSX)
    @Operation(
            operationId = "getProgressWorkbook",
            summary = "A province's progress workbook (.xlsx)",
            description = "One row per adoption record of the province's plans: its id and version, measures, current "
                    + "status and since when, and empty columns for the next report (new status, effective date, "
                    + "narrative, up to three evidence documents: number, title, address). Fill them in and upload the "
                    + "file to POST /api/v1/progress-imports; rows left empty change nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a province code")
    public Response workbook(
            @Parameter(description = "GB/T 2260 province code", example = "630000") @PathParam("code") String code) {
        return Response.ok(workbooks.workbook(code), XLSX)
                .header("Content-Disposition", "attachment; filename=\"progress-" + code + ".xlsx\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/progress-imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importProgressWorkbook",
            summary = "Take back a filled-in progress workbook: a preview by default, ?commit=true stores it",
            description = "Every row of the file is in the report: accepted (its report can be stored, or was), "
                    + "unchanged (nothing written in it, or the same as the record's latest report) or refused with the "
                    + "column at fault and why; each row is checked exactly as POST /api/v1/adoptions/{id}/progress "
                    + "would check it. A preview stores nothing. A commit needs an Idempotency-Key and stores every "
                    + "accepted row in one transaction; the same file committed again stores nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The report, row by row",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgressImportReport.class)))
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
