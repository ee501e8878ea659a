package org.ecoreform.adoption.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.adoption.service.AdoptionQueries;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.paging.Page;

@Path("/api/v1/responsible-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Responsible units",
        description = "The provincial units adoption plans make responsible, as a codelist with aliases")
public class ResponsibleUnitResource {

    private final AdoptionQueries adoptions;
    private final HttpCaching caching;

    public ResponsibleUnitResource(AdoptionQueries adoptions, HttpCaching caching) {
        this.adoptions = adoptions;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "listResponsibleUnits",
            summary =
                    "The codelist of responsible units: id, official name, English name, the other spellings plans use, "
                            + "and how many records name each",
            description = "Filter records by unit with GET /api/v1/adoptions?unit={id or name}.")
    @APIResponse(
            responseCode = "200",
            description = "Every unit (one page)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.ResponsibleUnitPage.class)))
    public Response list(@Context Request request) {
        return caching.json(request, new Page<>(adoptions.units(), null)).build();
    }
}
