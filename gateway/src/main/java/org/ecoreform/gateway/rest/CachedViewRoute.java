package org.ecoreform.gateway.rest;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.ecoreform.gateway.service.ViewMetrics;
import org.ecoreform.gateway.service.ViewService;
import org.ecoreform.gateway.service.ViewService.ViewKey;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.problem.ApiException;

/**
 * The hot path of the views: a view already rendered for the store's current revision is answered
 * straight from its bytes on the I/O thread, before the JAX-RS layer. Anything else (a view to
 * compose, a bad parameter, a client that does not accept JSON) falls through to
 * {@link ViewResource}, which owns the contract and its documentation; both answer the same bytes
 * and headers.
 */
@ApplicationScoped
public class CachedViewRoute {

    static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized("no-cache, public");
    private static final CharSequence JSON = HttpHeaders.createOptimized(MediaTypes.JSON_UTF8);
    private static final String FIELDS = "fields";
    private static final String PREFIX = "/api/v1/views/";

    private final ViewService views;
    private final ViewMetrics metrics;

    public CachedViewRoute(ViewService views, ViewMetrics metrics) {
        this.views = views;
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        // One prefix route parsed by hand: cheaper per request than a regex route per view. Order
        // -150: after the guards, the edge policy and CORS (HardeningTest checks the CORS headers),
        // before Quarkus's later handlers (body upload, metrics template) that a cached public view
        // does not need.
        router.get(PREFIX + "*").order(-150).handler(ctx -> {
            Optional<CachedView> view = acceptsJson(ctx) ? cached(ctx) : Optional.empty();
            if (view.isEmpty()) {
                ctx.next();
                return;
            }
            metrics.served(view.get().kind(), send(ctx, view.get().rendered()));
        });
    }

    /**
     * The cached view the path names, if any. Paths are matched as sent: an id that needed
     * percent-decoding simply misses here and is answered by the resource.
     */
    private record CachedView(String kind, ViewService.Rendered rendered) {
    }

    private Optional<CachedView> cached(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.length() <= PREFIX.length()) {
            return Optional.empty();
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        String fields = ctx.request().getParam(FIELDS);
        try {
            ViewKey key = switch (segments.length) {
                case 1 -> segments[0].equals("overview") ? ViewKey.of("overview", "all", fields) : null;
                case 2 -> segments[0].equals("provinces") ? ViewKey.of("province", segments[1], fields)
                        : segments[0].equals("measures") ? ViewKey.of("measure", segments[1], fields) : null;
                case 3 -> segments[0].equals("provinces") && segments[2].equals("gaps") ? ViewKey.of("gaps", segments[1], fields) : null;
                default -> null;
            };
            return key == null ? Optional.empty() : views.cached(key).map(rendered -> new CachedView(key.kind(), rendered));
        } catch (ApiException e) {
            return Optional.empty(); // the resource answers it with its problem+json
        }
    }

    /** Answers the view, or 304 when the client holds it; returns the status sent. */
    private static int send(RoutingContext ctx, ViewService.Rendered view) {
        String etag = view.etagHeader();
        HttpServerResponse response = ctx.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
            return 304;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .end(Buffer.buffer(Unpooled.wrappedBuffer(view.body())));
        return 200;
    }

    /** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): {@code W/} is ignored, {@code *} matches. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true; // the usual case: the one tag the client holds
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsJson(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("application/json") || accept.contains("*/*") || accept.contains("application/*");
    }
}
