package org.ecoreform.measures.rest;

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
import org.ecoreform.measures.service.MeasureService;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.measures.service.RetirementInput;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.security.Roles;

/** Retiring a measure from the catalogue: it stays readable, nothing is deleted. */
@Path("/api/v1/measures/{id}/retirement")
@Tag(name = "Measures")
public class MeasureRetirementResource {

    private final MeasureService measures;
    private final CurrentCaller caller;

    public MeasureRetirementResource(MeasureService measures, CurrentCaller caller) {
        this.measures = measures;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "retireMeasure",
            summary = "Retire a measure",
            description = "The measure stays readable with status retired; nothing is deleted.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "superseded",
                                            value = "{\"reason\":\"Superseded by the 2024 list\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The retired measure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(responseCode = "409", description = "Already retired")
    public Response retire(
            @Parameter(example = "N2020-03") @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RetirementInput input) {
        MeasureState state = measures.retire(id, Preconditions.expectedVersion(ifMatch), input, caller.get());
        return WriteResponses.ok(MeasureResponse.of(state), state.version());
    }
}
