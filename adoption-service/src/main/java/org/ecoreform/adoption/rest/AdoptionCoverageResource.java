package org.ecoreform.adoption.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.ecoreform.adoption.service.CoverageView;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.problem.Problem;

/** How much of the national catalogue a province has adopted, by category and status. */
@Path("/api/v1/adoptions/coverage")
@Tag(name = "Adoptions")
public class AdoptionCoverageResource {

    private static final String PROBLEM = MediaTypes.PROBLEM_JSON;

    private final AdoptionQueries queries;
    private final HttpCaching caching;

    public AdoptionCoverageResource(AdoptionQueries queries, HttpCaching caching) {
        this.queries = queries;
        this.caching = caching;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAdoptionCoverage",
            summary = "A province's coverage of the catalogue, per category and by status (adopted vs catalogue)",
            description =
                    "A measure counts as adopted when a live (not withdrawn) record adopts it, under the most advanced status "
                            + "of its records (implemented, in-progress, planned, suspended). With `asOf`, records and statuses as they "
                            + "stood on that day.")
    @APIResponse(
            responseCode = "200",
            description = "Coverage",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No province, or a malformed asOf",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response coverage(
            @Parameter(example = "630000", required = true) @QueryParam("province") String province,
            @Parameter(description = "Coverage as it stood on that day (ISO date)", example = "2021-02-25")
                    @QueryParam("asOf")
                    String asOf,
            @Context Request request) {
        return caching.json(request, queries.coverage(province, QueryParams.date("asOf", asOf)))
                .build();
    }
}
