package org.ecoreform.measures.rest;

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
import org.ecoreform.measures.service.CatalogueQueries;
import org.ecoreform.platform.http.HttpCaching;
import org.ecoreform.platform.paging.Page;

/** The catalogue's codelists. They are small and complete: one page, no cursor. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Codelists", description = "Lists, categories, departments and provinces, with zh and en labels")
public class CatalogueResource {

    private final CatalogueQueries queries;
    private final HttpCaching caching;

    public CatalogueResource(CatalogueQueries queries, HttpCaching caching) {
        this.queries = queries;
        this.caching = caching;
    }

    @GET
    @Path("/lists")
    @Operation(
            operationId = "listMeasureLists",
            description =
                    "Each published list of measures (N2020 is 发改环资〔2020〕1793号) with its source document; one page; strong ETag.",
            summary = "Published lists (batches) of measures, with their source document")
    @APIResponse(
            responseCode = "200",
            description = "Every list; ETag for conditional requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.MeasureListPage.class)))
    public Response lists(@Context Request request) {
        return caching.json(request, new Page<>(queries.lists(), null)).build();
    }

    @GET
    @Path("/categories")
    @Operation(
            operationId = "listCategories",
            description =
                    "The 14 categories of the national list (C01 to C14) with zh and en names and measure counts; one page, no cursor; "
                            + "strong ETag.",
            summary = "The categories in list order, with measure counts")
    @APIResponse(
            responseCode = "200",
            description = "Every category",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.CategoryPage.class)))
    public Response categories(@Context Request request) {
        return caching.json(request, new Page<>(queries.categories(), null)).build();
    }

    @GET
    @Path("/departments")
    @Operation(
            operationId = "listDepartments",
            description =
                    "Each guiding department: a stable slug, zh and en names, the aliases the documents use, and how many measures it "
                            + "guides; one page; strong ETag.",
            summary = "Guiding departments with their aliases and measure counts")
    @APIResponse(
            responseCode = "200",
            description = "Every department",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.DepartmentPage.class)))
    public Response departments(@Context Request request) {
        return caching.json(request, new Page<>(queries.departments(), null)).build();
    }

    @GET
    @Path("/provinces")
    @Operation(
            operationId = "listProvinces",
            description =
                    "The 31 provincial-level divisions by GB/T 2260 code with zh and en names; the national pilot zones (Fujian, "
                            + "Jiangxi, Guizhou, Hainan) are flagged; one page; strong ETag.",
            summary = "The 31 provincial-level divisions (GB/T 2260), pilot zones flagged")
    @APIResponse(
            responseCode = "200",
            description = "Every province",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiPages.ProvincePage.class)))
    public Response provinces(@Context Request request) {
        return caching.json(request, new Page<>(queries.provinces(), null)).build();
    }
}
