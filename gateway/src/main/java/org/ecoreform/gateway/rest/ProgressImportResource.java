package org.ecoreform.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.proxy.ProgressWorkbooks;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;
import org.ecoreform.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/progress-imports")
@Tag(
        name = "Progress workbooks",
        description = "A province's year-end report in a spreadsheet: download, fill in, upload")
public class ProgressImportResource {

    private final ProgressWorkbooks workbooks;

    public ProgressImportResource(ProgressWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    /** The upload: the workbook as downloaded and filled in, or one sheet's columns as CSV. */
    @Schema(name = "ProgressWorkbookUpload")
    public static class Upload {
        @RestForm
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                required = true,
                description = "The workbook (.xlsx; its sheets '进展 progress' and '方案任务 plan tasks') or one sheet as "
                        + "UTF-8 CSV with its header")
        public FileUpload file;
    }

    /** A row of the report; {@code sheet} says which part of the workbook it is. */
    @Schema(name = "ProgressImportRow")
    public record Row(
            @Schema(enumeration = {ProgressWorkbooks.RECORDS_SHEET, ProgressWorkbooks.TASKS_SHEET})
            String sheet,

            @Schema(description = "The row's number in its sheet (the header is row 1)", example = "4")
            int line,

            @Schema(description = "The adoption record (the records' sheet)", example = "630000-2021-106-12")
            String record,

            @Schema(description = "The plan task (the plan tasks' sheet)", example = "520000-2017-1-3")
            String task,

            @Schema(enumeration = {"accepted", "unchanged", "refused"})
            String verdict,

            @Schema(description = "The column at fault (its header), for a refused row", example = "生效日期 effective on")
            String column,

            @Schema(example = "is after today (2026-12-08): report what has taken effect")
            String reason,

            @Schema(description = "The record's or task's version after the stored row (a commit)")
            Long version) {}

    @Schema(name = "ProgressImportSummary")
    public record Summary(
            int rows,

            @Schema(description = "Rows that can be stored (or were, on a commit)")
            int accepted,

            @Schema(description = "Rows with nothing new") int unchanged,
            int refused,

            @Schema(description = "Rows stored by this request (0 for a preview or a replay)")
            int stored) {}

    /** The report of both sheets, row by row. */
    @Schema(name = "ProgressImportReport")
    public record Report(boolean committed, Summary summary, List<Row> rows) {}

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importProgressWorkbook",
            summary = "Take back a filled-in year-end workbook: a preview by default, ?commit=true stores it",
            description = "Every row of every sheet is in the report, naming its sheet: accepted, unchanged (nothing "
                    + "written in it, or what is stored already) or refused with the column at fault and why; a "
                    + "records' row is checked exactly as POST /api/v1/adoptions/{id}/progress would, a plan tasks' row "
                    + "as POST /api/v1/plan-tasks/{id}/completion. A preview stores nothing. A commit needs an "
                    + "Idempotency-Key; each sheet's accepted rows are stored in one transaction of the service that "
                    + "owns them; the same file committed again stores nothing. If one sheet was stored and the other "
                    + "could not be (a service down), the answer is 503 saying which: send the same file with the same "
                    + "key again.")
    @APIResponse(
            responseCode = "200",
            description = "The report, row by row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "No file, or a malformed Idempotency-Key")
    @APIResponse(
            responseCode = "422",
            description = "The file is not a readable workbook or CSV, its header lacks a needed column, or a commit "
                    + "has no Idempotency-Key")
    @APIResponse(responseCode = "503", description = "A service is down: nothing, or only the sheet named, was stored")
    public Response upload(
            Upload upload,
            @Parameter(description = "true stores the accepted rows; otherwise a preview", example = "false")
                    @QueryParam("commit")
                    String commit,
            @Parameter(description = "Required with commit=true: a retry with the same key answers the first report")
                    @jakarta.ws.rs.HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Context HttpHeaders headers)
            throws IOException {
        if (upload == null || upload.file == null) {
            throw ApiException.badRequest("file", "the filled-in workbook is needed as the file part 'file'");
        }
        byte[] content = Files.readAllBytes(upload.file.uploadedFile());
        boolean committing = QueryParams.flag("commit", commit);
        ProgressWorkbooks.Outcome outcome = workbooks.upload(
                content,
                upload.file.fileName(),
                committing,
                ProgressWorkbookResource.passedOn(headers, "Idempotency-Key"));
        if (outcome instanceof ProgressWorkbooks.Merged merged) {
            return Response.ok(merged.report().toString())
                    .type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", committing ? String.valueOf(merged.replayed()) : null)
                    .build();
        }
        if (outcome instanceof ProgressWorkbooks.Partial partial) {
            return ProblemResponses.of(Problem.of(ProblemKind.UNAVAILABLE, partial.detail()));
        }
        return ProgressWorkbookResource.relay(((ProgressWorkbooks.Refused) outcome).answer());
    }
}
