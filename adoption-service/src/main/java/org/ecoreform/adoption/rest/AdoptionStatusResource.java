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
import org.ecoreform.adoption.service.ProgressService;
import org.ecoreform.adoption.service.TransitionInput;
import org.ecoreform.adoption.service.WithdrawalInput;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.security.Roles;

/** A record's status moves that are not progress reports: a transition with its narrative, and withdrawal. */
@Path("/api/v1/adoptions/{id}")
@Tag(name = "Adoptions")
public class AdoptionStatusResource {

    private final ProgressService progress;
    private final CurrentCaller caller;

    public AdoptionStatusResource(ProgressService progress, CurrentCaller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "transitionAdoption",
            summary = "Change a record's status, saying why (its narrative)",
            description =
                    "planned → in-progress | suspended | withdrawn; in-progress → implemented | suspended | withdrawn; "
                            + "implemented → in-progress | withdrawn; suspended → in-progress | withdrawn; withdrawn is final. "
                            + "Any other move is a 409.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "start",
                                            value = "{\"status\":\"in-progress\",\"narrative\":\"省林草局已印发实施方案\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The new state",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not a legal transition")
    public Response transition(
            @Parameter(example = "630000-2021-106-31") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionInput input) {
        AdoptionState state = progress.transition(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(AdoptionResponse.of(state), state.version());
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "withdrawAdoption",
            summary = "Withdraw a record",
            description = "The record stays readable with status withdrawn.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "merged", value = "{\"narrative\":\"并入新的实施方案\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionResponse.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public Response withdraw(
            @Parameter(example = "630000-2021-106-31") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WithdrawalInput input) {
        AdoptionState state = progress.withdraw(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(AdoptionResponse.of(state), state.version());
    }
}
