package org.ecoreform.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.proxy.ProgressWorkbooks;
import org.ecoreform.gateway.proxy.ServiceCalls;
import org.ecoreform.platform.http.RequestIds;
import org.ecoreform.platform.problem.ApiException;

@Path("/api/v1/provinces/{code}/progress-workbook")
@Tag(
        name = "Progress workbooks",
        description = "A province's year-end report in a spreadsheet: download, fill in, upload")
public class ProgressWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgressWorkbooks workbooks;

    public ProgressWorkbookResource(ProgressWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    @GET
    @Produces(XLSX)
    @Operation(
            operationId = "getProgressWorkbook",
            summary = "A province's year-end workbook (.xlsx): its adoption records and its plan tasks",
            description = "Sheet '进展 progress': one row per adoption record of the province's plans (id and version, "
                    + "measures, current status and since when) with empty columns for the next report (new status, "
                    + "effective date, narrative, up to three evidence documents). Sheet '方案任务 plan tasks': one row "
                    + "per task of its pilot plan (id and version, due year, section, text, status) with empty columns "
                    + "for the completion (done on, what was done, document number and address). Fill them in and "
                    + "upload the file to POST /api/v1/progress-imports; rows left empty change nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a province code")
    @APIResponse(responseCode = "503", description = "A service holding a sheet is down; try again later")
    public Response workbook(
            @Parameter(description = "GB/T 2260 province code", example = "630000") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        if (code == null || !code.matches("^[1-9][0-9]{5}$")) {
            throw ApiException.badRequest("code", "must be a six-digit GB/T 2260 province code");
        }
        ProgressWorkbooks.Outcome outcome = workbooks.workbook(code, passedOn(headers));
        if (outcome instanceof ProgressWorkbooks.Workbook file) {
            return Response.ok(file.bytes(), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"year-end-" + code + ".xlsx\"")
                    .header("Cache-Control", "no-store")
                    .build();
        }
        return relay(((ProgressWorkbooks.Refused) outcome).answer());
    }

    /** A service's refusal as it answered it (its status and problem). */
    static Response relay(ServiceCalls.Answer answer) {
        List<String> type = answer.headers().getOrDefault("content-type", List.of(MediaType.APPLICATION_JSON));
        return Response.status(answer.status())
                .entity(answer.body())
                .type(type.get(0))
                .build();
    }

    /** The caller's token, request id and language, and any of {@code more} the request carries, for the services. */
    static Map<String, String> passedOn(HttpHeaders headers, String... more) {
        Map<String, String> passed =
                PassedOnHeaders.of(headers, HttpHeaders.AUTHORIZATION, RequestIds.HEADER, HttpHeaders.ACCEPT_LANGUAGE);
        passed.putAll(PassedOnHeaders.of(headers, more));
        return passed;
    }
}
