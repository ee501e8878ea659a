package org.ecoreform.gateway.rest;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecoreform.gateway.domain.FrameworkView;
import org.ecoreform.gateway.domain.MeasureView;
import org.ecoreform.gateway.domain.Overview;
import org.ecoreform.gateway.domain.ProvinceGaps;
import org.ecoreform.gateway.domain.ProvinceProfile;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.gateway.projection.ViewProjector;
import org.ecoreform.gateway.views.RenderedView;
import org.ecoreform.gateway.views.ViewFreshness;
import org.ecoreform.gateway.views.ViewKey;
import org.ecoreform.gateway.views.ViewKind;
import org.ecoreform.gateway.views.ViewMetrics;
import org.ecoreform.gateway.views.ViewService;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.Language;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.security.Roles;

@Path("/api/v1/views")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "Composed, cacheable read views built from the services' change events")
public class ViewResource {

    /** What every view operation says of itself. */
    private static final String COMPOSED_VIEW =
            "Composed by the gateway from the topics and served from its view store with a strong ETag (304 on If-None-Match); "
                    + "fields (comma-separated top-level names) keeps only those fields.";

    private final ViewService views;
    private final ViewProjector projector;
    private final ViewFreshness freshness;
    private final ViewMetrics metrics;
    private final CurrentVertxRequest current;

    public ViewResource(
            ViewService views,
            ViewProjector projector,
            ViewFreshness freshness,
            ViewMetrics metrics,
            CurrentVertxRequest current) {
        this.current = current;
        this.views = views;
        this.projector = projector;
        this.freshness = freshness;
        this.metrics = metrics;
    }

    @GET
    @Path("/provinces/{code}")
    @Operation(
            operationId = "getProvinceView",
            description = COMPOSED_VIEW,
            summary = "A province's profile: plans, records by category with status, coverage, targets with attainment")
    @APIResponse(
            responseCode = "200",
            description = "The profile; strong ETag, 304 on If-None-Match",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProvinceProfile.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    @APIResponse(responseCode = "404", description = "Not a GB/T 2260 province")
    public Uni<Response> province(
            @Parameter(example = "630000") @PathParam("code") String code,
            @Parameter(
                            description = "Comma-separated top-level fields to keep (compact payloads)",
                            example = "province,coverage")
                    @QueryParam("fields")
                    String fields,
            @Context HttpHeaders headers) {
        return serve(headers, ViewRequests.key(ViewKind.PROVINCE, code, fields));
    }

    @GET
    @Path("/provinces/{code}/gaps")
    @Operation(
            operationId = "getProvinceGapsView",
            description = COMPOSED_VIEW,
            summary = "National measures the province has not adopted, by category, most widely adopted first")
    @APIResponse(
            responseCode = "200",
            description = "The gaps",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProvinceGaps.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    public Uni<Response> gaps(
            @Parameter(example = "630000") @PathParam("code") String code,
            @QueryParam("fields") String fields,
            @Context HttpHeaders headers) {
        return serve(headers, ViewRequests.key(ViewKind.GAPS, code, fields));
    }

    @GET
    @Path("/measures/{id}")
    @Operation(
            operationId = "getMeasureView",
            description = COMPOSED_VIEW,
            summary = "A measure with its category, sources, departments and every adopting province with status")
    @APIResponse(
            responseCode = "200",
            description = "The measure view",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    @APIResponse(responseCode = "404", description = "Not in the catalogue")
    public Uni<Response> measure(
            @Parameter(example = "N2020-57") @PathParam("id") String id,
            @QueryParam("fields") String fields,
            @Context HttpHeaders headers) {
        return serve(headers, ViewRequests.key(ViewKind.MEASURE, id, fields));
    }

    @GET
    @Path("/overview")
    @Operation(
            operationId = "getOverviewView",
            description = COMPOSED_VIEW,
            summary = "The national picture: categories × provinces adoption matrix, most and least adopted "
                    + "measures, attainment per province")
    @APIResponse(
            responseCode = "200",
            description = "The overview",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    public Uni<Response> overview(@QueryParam("fields") String fields, @Context HttpHeaders headers) {
        return serve(headers, ViewRequests.key(ViewKind.OVERVIEW, ViewKey.OVERVIEW_ID, fields));
    }

    @GET
    @Path("/framework")
    @Operation(
            operationId = "getFrameworkView",
            description = COMPOSED_VIEW,
            summary =
                    "The policy framework (F2015): per institutional system and article, the pilot measures implementing it "
                            + "and how many provinces adopted each; per system, the provinces adopting any of its measures")
    @APIResponse(
            responseCode = "200",
            description = "The framework view",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "503", description = ViewStoreUnavailableMapper.DESCRIPTION)
    @APIResponse(responseCode = "404", description = "The framework is not loaded yet")
    public Uni<Response> framework(@QueryParam("fields") String fields, @Context HttpHeaders headers) {
        return serve(headers, ViewRequests.key(ViewKind.FRAMEWORK, ViewKey.FRAMEWORK_ID, fields));
    }

    /** Per topic partition: the offset the views reached, the end of the topic, and the lag. */
    public record PartitionStatus(String topic, int partition, long offset, long end, long lag) {}

    public record Status(List<PartitionStatus> partitions, long lag, long revision) {}

    @GET
    @Path("/status")
    @Operation(
            operationId = "getViewStatus",
            description =
                    "Per topic partition: the offset the projection has reached, the partition's end and the lag between them; "
                            + "revision grows with every applied change. Never cached.",
            summary = "How far the views are behind each topic (offset reached, end, lag)")
    @APIResponse(
            responseCode = "200",
            description = "Projection status; never cached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    public Response status() {
        List<PartitionStatus> partitions = projector.progress().stream()
                .map(p -> new PartitionStatus(
                        p.partition().topic(), p.partition().partition(), p.position(), p.end(), p.lag()))
                .toList();
        long lag = partitions.stream().mapToLong(PartitionStatus::lag).sum();
        return Response.ok(new Status(partitions, lag, freshness.revision()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            operationId = "rebuildViews",
            description =
                    "Needs the admin role. Answers 202 at once; the views are rebuilt in the background from each topic's first "
                            + "offset: follow GET /api/v1/views/status until its lag is 0.",
            summary = "Empty the view store and replay every topic from offset 0 (admin)")
    @APIResponse(responseCode = "202", description = "Rebuild started; follow /views/status")
    public Response rebuild() {
        projector.rebuild();
        return Response.accepted().build();
    }

    /**
     * Reached when {@link CachedViewRoute} found no current view (or the request was invalid): the
     * view is composed on a worker, as that reads the store. Both answer the same bytes and headers.
     */
    private Uni<Response> serve(HttpHeaders headers, ViewKey key) {
        // read on the request's thread: the view is composed on a worker
        Optional<Language> language = Language.requested(
                current.getCurrent().request().getParam(Language.PARAMETER),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Uni.createFrom()
                .item(() -> send(headers, views.render(key), language))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response send(HttpHeaders headers, RenderedView rendered, Optional<Language> language) {
        RenderedView view = language.map(rendered::in).orElse(rendered);
        RenderedView.Encoded encoded =
                view.in(ContentCoding.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
        boolean notModified =
                EntityTags.matchesWeakly(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), encoded.etag());
        Response.ResponseBuilder response = notModified
                ? Response.notModified()
                : Response.ok(encoded.body(), MediaTypes.JSON_UTF8)
                        .header(HttpHeaders.CONTENT_ENCODING, encoded.coding().header());
        response.header(HttpHeaders.ETAG, encoded.etag())
                .header(HttpHeaders.CACHE_CONTROL, CachedViewRoute.CACHE_CONTROL.toString())
                .header(HttpHeaders.VARY, ContentCoding.VARY);
        language.ifPresent(l -> response.header(HttpHeaders.CONTENT_LANGUAGE, l.code()));
        metrics.served(view.kind(), notModified ? 304 : 200);
        return response.build();
    }
}
