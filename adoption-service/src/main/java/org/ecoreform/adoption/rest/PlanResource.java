package org.ecoreform.adoption.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.adoption.service.AdoptionQueries;
import org.ecoreform.adoption.service.PlanView;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.paging.Page;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Provinces' adoption notices")
public class PlanResource {

    private final AdoptionQueries adoptions;
    private final HttpCaching caching;

    public PlanResource(AdoptionQueries adoptions, HttpCaching caching) {
        this.adoptions = adoptions;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "listPlans",
            description =
                    "Every province's adoption plan (issuing body, document number, date, title) with how many of its records are in "
                            + "each status; one page; strong ETag.",
            summary = "Every adoption plan, with record counts per status")
    @APIResponse(
            responseCode = "200",
            description = "All plans (one page)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.PlanPage.class)))
    public Response list(@Context Request request) {
        return caching.json(request, new Page<>(adoptions.plans(), null)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPlan",
            description =
                    "The plan's notice (issuing body, document number, date, title) with its record counts per status; strong ETag.",
            summary = "One adoption plan")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@Parameter(example = "630000-2021-106") @PathParam("id") String id, @Context Request request) {
        return caching.json(request, adoptions.plan(id)).build();
    }
}
