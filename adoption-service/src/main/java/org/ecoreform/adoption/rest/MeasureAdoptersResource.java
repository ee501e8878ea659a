package org.ecoreform.adoption.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.adoption.service.AdopterView;
import org.ecoreform.adoption.service.AdoptionQueries;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.PageLinks;

@Path("/api/v1/measures/{id}/adopters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoptions")
public class MeasureAdoptersResource {

    private final AdoptionQueries adoptions;
    private final HttpCaching caching;

    public MeasureAdoptersResource(AdoptionQueries adoptions, HttpCaching caching) {
        this.adoptions = adoptions;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "listMeasureAdopters",
            description =
                    "Every adoption record that names the measure, with its province, plan and status, by province and plan; "
                            + "cursor-paged; strong ETag.",
            summary = "The provinces' records adopting a national measure, with their status")
    @APIResponse(
            responseCode = "200",
            description = "A page of adopting records",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.AdopterPage.class)))
    @APIResponse(responseCode = "404", description = "The measure is not in the catalogue")
    public Response adopters(
            @Parameter(example = "N2020-57") @PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true adds total: how many items match the filters", example = "true")
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri,
            @Context Request request) {
        List<AdopterView> adopters = adoptions.adopters(id);
        return PageLinks.wholeList(caching, request, uri, adopters, AdopterView::recordId, limit, cursor, count);
    }
}
