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
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.gateway.views.RenderedView;
import org.ecoreform.gateway.views.ViewKey;
import org.ecoreform.gateway.views.ViewKind;
import org.ecoreform.gateway.views.ViewMetrics;
import org.ecoreform.gateway.views.ViewService;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.http.EntityTags;
import org.ecoreform.platform.http.Language;
import org.ecoreform.platform.http.MediaTypes;
import org.ecoreform.platform.problem.ApiException;

/**
 * The hot path of the views: a view rendered and still current is answered straight from its bytes
 * (gzip'd once, when the client accepts it) on the I/O thread, before the JAX-RS layer. Anything else (a view to
 * compose, a bad parameter, a client that does not accept JSON) falls through to
 * {@link ViewResource}, which owns the contract and its documentation; both answer the same bytes
 * and headers.
 */
@ApplicationScoped
public class CachedViewRoute {

    static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized("no-cache, public");
    private static final CharSequence JSON = HttpHeaders.createOptimized(MediaTypes.JSON_UTF8);
    static final CharSequence VARY = HttpHeaders.createOptimized(ContentCoding.VARY);
    private static final String FIELDS = "fields";
    private static final String PREFIX = "/api/v1/views/";

    private final ViewService views;
    private final ViewMetrics metrics;

    public CachedViewRoute(ViewService views, ViewMetrics metrics) {
        this.views = views;
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        // One prefix route parsed by hand: cheaper per request than a regex route per view
        router.get(PREFIX + "*").order(RouteOrder.VIEWS).handler(ctx -> {
            Optional<RenderedView> view = acceptsJson(ctx) ? cached(ctx) : Optional.empty();
            if (view.isEmpty()) {
                ctx.next();
                return;
            }
            Optional<Language> language = Language.requested(
                    ctx.request().getParam(Language.PARAMETER), ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            RenderedView answered = language.map(view.get()::in).orElse(view.get());
            metrics.served(answered.kind(), send(ctx, answered, language));
        });
    }

    /**
     * The cached view the path names, if current. Paths are matched as sent: an id that needed
     * percent-decoding simply misses here and is answered by the resource.
     */
    private Optional<RenderedView> cached(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.length() <= PREFIX.length()) {
            return Optional.empty();
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        String fields = ctx.request().getParam(FIELDS);
        String lang = ctx.request().getParam(Language.PARAMETER);
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            return Optional.empty(); // the resource refuses it by name
        }
        if (ctx.request().params().size() > (fields == null ? 0 : 1) + (lang == null ? 0 : 1)) {
            return Optional.empty(); // another query parameter: the resource refuses it by name
        }
        try {
            ViewKey key = switch (segments.length) {
                case 1 ->
                    segments[0].equals("overview")
                            ? ViewRequests.key(ViewKind.OVERVIEW, ViewKey.OVERVIEW_ID, fields)
                            : segments[0].equals("framework")
                                    ? ViewRequests.key(ViewKind.FRAMEWORK, ViewKey.FRAMEWORK_ID, fields)
                                    : null;
                case 2 ->
                    segments[0].equals("provinces")
                            ? ViewRequests.key(ViewKind.PROVINCE, segments[1], fields)
                            : segments[0].equals("measures")
                                    ? ViewRequests.key(ViewKind.MEASURE, segments[1], fields)
                                    : null;
                case 3 ->
                    segments[0].equals("provinces") && segments[2].equals("gaps")
                            ? ViewRequests.key(ViewKind.GAPS, segments[1], fields)
                            : null;
                default -> null;
            };
            return key == null ? Optional.empty() : views.cached(key);
        } catch (ApiException | DomainError e) {
            return Optional.empty(); // the resource answers it with its problem+json
        }
    }

    /** Answers the view in the coding the client accepts, or 304 when it holds that one; returns the status sent. */
    private static int send(RoutingContext ctx, RenderedView view, Optional<Language> language) {
        RenderedView.Encoded encoded =
                view.in(ContentCoding.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING)));
        HttpServerResponse response = ctx.response()
                .putHeader(HttpHeaders.ETAG, encoded.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .putHeader(HttpHeaders.VARY, VARY);
        language.ifPresent(l -> response.putHeader(HttpHeaders.CONTENT_LANGUAGE, l.code()));
        if (EntityTags.matchesWeakly(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), encoded.etag())) {
            response.setStatusCode(304).end();
            return 304;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
        if (encoded.coding() != ContentCoding.IDENTITY) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, encoded.coding().header());
        }
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(encoded.body())));
        return 200;
    }

    private static boolean acceptsJson(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null
                || accept.contains("application/json")
                || accept.contains("*/*")
                || accept.contains("application/*");
    }
}
