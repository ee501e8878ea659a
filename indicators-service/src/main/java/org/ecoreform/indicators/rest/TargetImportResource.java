package org.ecoreform.indicators.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
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
import org.ecoreform.indicators.service.TargetImportReport;
import org.ecoreform.indicators.service.TargetImportService;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.idempotency.IdempotentCreate;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/target-imports")
@Tag(name = "Target imports", description = "Load the targets of any province's plan from its text, without a release")
public class TargetImportResource {

    private static final String EXAMPLE = """
            {"province": "350000", "title": "福建省生态环境保护“十四五”规划", "documentNumber": "闽政〔2021〕20号",
             "issuedOn": "2021-10-25",
             "text": "到2025年，全省森林覆盖率保持在66%以上，细颗粒物年均浓度不高于25微克/立方米，单位地区生产总值能耗比2020年下降14%。"}""";

    private final TargetImportService imports;
    private final CurrentCaller caller;
    private final HttpCaching caching;

    public TargetImportResource(TargetImportService imports, CurrentCaller caller, HttpCaching caching) {
        this.imports = imports;
        this.caller = caller;
        this.caching = caching;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INDICATOR_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "importTargets",
            summary = "Import a plan's targets: dry run by default, ?commit=true stores them",
            description =
                    "The plan's text is read as the shipped pilot-zone plans are: its main-target section and the dated "
                            + "sentences of its key tasks, or, without those headings, every sentence dated "
                            + "到YYYY年. Each target sentence is "
                            + "reported with its indicator's wording, the indicator it matched or a proposed new one (never dropped), the "
                            + "comparator (保持在…以上/稳定在/不低于 → ≥, 控制在…以内/不高于 → ≤, 基本消除 → eliminate, 进一步下降 → decrease, "
                            + "比2015年下降10% → decrease by 10 % with baseline year 2015), value, unit, year, baseline, sentence and line. "
                            + "A commit stores the plan as a source document, creates the proposed indicators and the targets, and "
                            + "announces each target; a plan stored before (same document number, title or target figures) is refused.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Inputs.TargetImportInput.class),
                            examples = @ExampleObject(name = "fujian", value = EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Dry run report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TargetImportReport.class)))
    @APIResponse(
            responseCode = "201",
            description = "Committed; Location lists the stored targets of the province",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TargetImportReport.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(
            responseCode = "409",
            description =
                    "This plan was stored before (a retry with the first commit's Idempotency-Key gets its answer instead)")
    @APIResponse(
            responseCode = "422",
            description = "Unknown province, or a commit of a text in which no target was found")
    public Response importPlan(
            @Valid @NotNull Inputs.TargetImportInput input,
            @Parameter(description = "true stores the targets; otherwise a dry run", example = "false")
                    @QueryParam("commit")
                    String commit,
            @Parameter(
                            description =
                                    "Makes a commit safe to retry: the same key and body get the first answer again",
                            example = "fujian-2021-20")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey) {
        if (!QueryParams.flag("commit", commit)) {
            return Response.ok(imports.importPlan(input, false, caller.get()))
                    .type(MediaType.APPLICATION_JSON)
                    .build();
        }
        IdempotentCreate.Created created = imports.commit(
                input,
                idempotencyKey,
                caller.get(),
                report -> new String(caching.toJson(report), StandardCharsets.UTF_8));
        return WriteResponses.createdOnce(created.location(), created.body(), created.replayed());
    }
}
