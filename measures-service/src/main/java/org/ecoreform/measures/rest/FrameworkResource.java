package org.ecoreform.measures.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.ecoreform.measures.service.FrameworkService;
import org.ecoreform.measures.service.FrameworkViews;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.paging.Page;
import org.ecoreform.platform.problem.ApiException;

@Path("/api/v1/framework")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Framework",
        description =
                "The 2015 overall reform plan: its eight institutional systems, 56 articles, and the measures implementing them")
public class FrameworkResource {

    private final FrameworkService framework;
    private final HttpCaching caching;

    public FrameworkResource(FrameworkService framework, HttpCaching caching) {
        this.framework = framework;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "getFramework",
            description =
                    "The 2015 overall reform plan (F2015): its eight institutional systems (F2015-S1 to S8) with article and measure "
                            + "counts, and its general sections; strong ETag.",
            summary = "The framework document, its systems with article and measure counts, and its general sections")
    @APIResponse(
            responseCode = "200",
            description = "The framework",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkViews.FrameworkView.class)))
    public Response document(@Context Request request) {
        return caching.json(request, framework.framework()).build();
    }

    @GET
    @Path("/systems/{id}")
    @Operation(
            operationId = "getFrameworkSystem",
            description =
                    "The system's section of the plan with its articles and the number of measures linked to each; strong ETag.",
            summary = "One institutional system with its articles")
    @APIResponse(
            responseCode = "200",
            description = "The system",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkViews.SystemView.class)))
    @APIResponse(responseCode = "404", description = "No such system")
    public Response system(@Parameter(example = "F2015-S5") @PathParam("id") String id, @Context Request request) {
        return caching.json(request, framework.system(checked(id, "^F2015-S[0-9]{1,2}$", "framework system")))
                .build();
    }

    @GET
    @Path("/articles")
    @Operation(
            operationId = "listFrameworkArticles",
            description =
                    "system (F2015-S1 to F2015-S8) keeps one system's articles; each comes with the number of measures linked to it; "
                            + "one page; strong ETag.",
            summary = "The 56 articles, in document order; filter by system")
    @APIResponse(
            responseCode = "200",
            description = "Articles (one page) with the number of measures linked to each",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.FrameworkArticlePage.class)))
    @APIResponse(responseCode = "400", description = "A malformed system id")
    public Response articles(
            @Parameter(example = "F2015-S7") @QueryParam("system") String system, @Context Request request) {
        return caching.json(request, new Page<>(framework.articles(system), null))
                .build();
    }

    @GET
    @Path("/articles/{id}")
    @Operation(
            operationId = "getFrameworkArticle",
            description =
                    "The article's number, system and full text, with every catalogue measure linked to it and how each link was "
                            + "decided; strong ETag.",
            summary = "One article with its full text and the measures linked to it")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkViews.ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article")
    public Response article(@Parameter(example = "F2015-A32") @PathParam("id") String id, @Context Request request) {
        return caching.json(request, framework.article(checked(id, "^F2015-A[0-9]{2}$", "framework article")))
                .build();
    }

    @GET
    @Path("/links")
    @Operation(
            operationId = "getFrameworkLinks",
            summary =
                    "The link and placement report: every measure's system, its links or candidates, the counts and the rule",
            description =
                    "Links: the clear best article (score ≥ rule.minScore and ≥ rule.minMargin × the second best), else category "
                            + "agreement (the best article of the system the measure's category serves is "
                            + "among its first rule.agreementMaxRank "
                            + "candidates, scores ≥ rule.agreementMinScore and ≥ rule.agreementMargin × the next article of that system). "
                            + "The shipped review (decidedBy catalogue-review) and editors (PUT/DELETE "
                            + "/api/v1/measures/{id}/framework/{article}) "
                            + "decide over the matcher, and their decisions survive restarts and re-runs. "
                            + "System (placement), first that applies: "
                            + "an editor's link to an article of a system (basis editor), the matcher's link "
                            + "(article-link), the category's system "
                            + "when one of the three candidates lies in it (candidates), the category's system "
                            + "alone (category). Every measure "
                            + "has one; categories[] gives each category's system, why, and where its measures are placed.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkViews.LinkReport.class)))
    @APIResponse(responseCode = "400", description = "A status other than linked or uncertain")
    public Response links(
            @Parameter(example = "uncertain") @QueryParam("status") String status, @Context Request request) {
        return caching.json(request, framework.links(status)).build();
    }

    /** An id that cannot exist is a 404 like an unknown one (and never reaches a query). */
    private static String checked(String id, String shape, String what) {
        if (!id.matches(shape)) {
            throw ApiException.notFound(what, id);
        }
        return id;
    }
}
