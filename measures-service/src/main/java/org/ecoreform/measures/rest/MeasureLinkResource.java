package org.ecoreform.measures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.measures.service.FrameworkLinkService;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.platform.http.CurrentCaller;
import org.ecoreform.platform.http.Preconditions;
import org.ecoreform.platform.http.WriteResponses;
import org.ecoreform.platform.security.Roles;

/** An editor's decisions on which articles of the policy framework a measure implements. */
@Path("/api/v1/measures/{id}/framework/{article}")
@Tag(name = "Measures")
public class MeasureLinkResource {

    private final FrameworkLinkService links;
    private final CurrentCaller caller;

    public MeasureLinkResource(FrameworkLinkService links, CurrentCaller caller) {
        this.links = links;
        this.caller = caller;
    }

    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "linkMeasureArticle",
            summary = "Confirm or add the measure's link to an article of the policy framework",
            description =
                    "Requires If-Match. The link is then the editor's decision (decidedBy), kept across restarts and re-imports; "
                            + "a link the editor removed before is restored.")
    @APIResponse(
            responseCode = "200",
            description = "The measure with its links",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(responseCode = "404", description = "No such measure or article")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response link(
            @Parameter(example = "N2020-03") @PathParam("id") String id,
            @Parameter(example = "F2015-A20") @PathParam("article") String article,
            @HeaderParam("If-Match") String ifMatch) {
        MeasureState state = links.link(id, article, Preconditions.expectedVersion(ifMatch), caller.get());
        return WriteResponses.ok(MeasureResponse.of(state), state.version());
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "unlinkMeasureArticle",
            summary = "Remove the measure's link to an article of the policy framework",
            description = "Requires If-Match. The removal is kept, so no later import links the article again.")
    @APIResponse(
            responseCode = "200",
            description = "The measure with its remaining links",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureResponse.class)))
    @APIResponse(responseCode = "404", description = "No such measure, or no link to that article")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response unlink(
            @Parameter(example = "N2020-86") @PathParam("id") String id,
            @Parameter(example = "F2015-A16") @PathParam("article") String article,
            @HeaderParam("If-Match") String ifMatch) {
        MeasureState state = links.unlink(id, article, Preconditions.expectedVersion(ifMatch), caller.get());
        return WriteResponses.ok(MeasureResponse.of(state), state.version());
    }
}
