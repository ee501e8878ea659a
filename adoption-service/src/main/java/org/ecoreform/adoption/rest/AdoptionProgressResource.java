package org.ecoreform.adoption.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.adoption.service.AdoptionState;
import org.ecoreform.adoption.service.ProgressInput;
import org.ecoreform.adoption.service.ProgressService;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.security.Roles;

/** Progress reports on a record: entries appended to its history with their evidence, never changed. */
@Path("/api/v1/adoptions/{id}/progress")
@Tag(name = "Adoptions")
public class AdoptionProgressResource {

    private static final String PROBLEM = MediaTypes.PROBLEM_JSON;

    private final ProgressService progress;
    private final CurrentCaller caller;

    public AdoptionProgressResource(ProgressService progress, CurrentCaller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "reportAdoptionProgress",
            summary = "Report progress on a record, with evidence",
            description =
                    "Adds an entry to the record's history: the status from `effectiveOn` (the current one, or a move it allows; "
                            + "not after today), what was done, and the documents and figures it rests on. Entries are never changed: a "
                            + "correction is a new entry naming the one it corrects (`corrects`), which stays in the history marked "
                            + "`correctedBy`. The record's status is that of its latest live entry by effective day; every step between "
                            + "live entries keeps the status or is an allowed move. Requires If-Match.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(
                                        name = "report",
                                        value =
                                                "{\"effectiveOn\":\"2022-06-30\",\"status\":\"in-progress\",\"narrative\":"
                                                        + "\"省林草局印发森林康养基地建设实施方案，确定首批试点4处。\","
                                                        + "\"evidence\":[{\"documentNumber\":\"青林草〔2022〕45号\","
                                                        + "\"title\":\"青海省森林康养基地建设实施方案\","
                                                        + "\"issuedOn\":\"2022-06-18\","
                                                        + "\"url\":\"https://lcj.qinghai.gov.cn/xxgk/2022/45.html\","
                                                        + "\"figures\":[{\"value\":4,\"unit\":\"处\",\"what\":\"森林康养试点基地\"}]}]}"),
                                @ExampleObject(
                                        name = "correction",
                                        value =
                                                "{\"effectiveOn\":\"2022-05-31\",\"status\":\"in-progress\",\"narrative\":"
                                                        + "\"实施方案印发日期更正为5月31日\",\"corrects\":1234}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The record with the new entry; ETag is its new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed input (an evidence url that is not http or https, an unknown status …)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province's record")
    @APIResponse(
            responseCode = "409",
            description = "A status the record's progress does not allow then, or a withdrawn record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(
            responseCode = "422",
            description = "A future effective day, a day before the record's adoption, or a correction "
                    + "naming an entry that is not this record's or was already corrected",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response report(
            @Parameter(example = "630000-2021-106-31") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProgressInput input) {
        AdoptionState state = progress.report(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(AdoptionResponse.of(state), state.version());
    }
}
