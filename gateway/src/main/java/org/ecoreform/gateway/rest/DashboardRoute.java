package org.ecoreform.gateway.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.platform.http.EntityTags;
import org.jboss.logging.Logger;

/**
 * The dashboard's pages: the public one at {@code /} and the reporting workspace at
 * {@code /workspace} (signed in first: see application.properties). Their scripts and styles are
 * static files with a content hash in their names (cached for a year); the page that names them must
 * be revalidated on every visit, or a browser would keep running last release's scripts, so it is
 * served here with no-cache and an ETag per content coding rather than by the static handler.
 */
@ApplicationScoped
public class DashboardRoute {

    private static final Logger LOG = Logger.getLogger(DashboardRoute.class);
    /** Written by the Maven build (gateway/src/main/dashboard); outside META-INF/resources on purpose. */
    static final String PAGE = "META-INF/dashboard/index.html";

    static final String WORKSPACE_PAGE = "META-INF/dashboard/workspace.html";

    void install(@Observes Router router) {
        serve(router, "/", PAGE, RouteOrder.ASSETS);
        // after the sign-in's handlers (authentication -200, permissions -100), which must see it first
        serve(router, "/workspace", WORKSPACE_PAGE, RouteOrder.WORKSPACE);
    }

    private static void serve(Router router, String path, String resource, int order) {
        Buffer page = read(resource);
        if (page == null) {
            LOG.warnf("No dashboard in this build (%s missing); %s answers 404", resource, path);
            return;
        }
        // compressed once per coding at start, each form with its own strong ETag
        Map<ContentCoding, Buffer> bodies = new EnumMap<>(ContentCoding.class);
        String identityTag = '"' + EntityTags.ofContent(page.getBytes()).getValue() + '"';
        for (ContentCoding coding : ContentCoding.values()) {
            bodies.put(coding, Buffer.buffer(coding.compressOnce(page.getBytes())));
        }
        router.route(path)
                .order(order)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(ctx -> {
                    ContentCoding coding =
                            ContentCoding.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
                    String etag = coding.tag(identityTag);
                    ctx.response()
                            .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                            .putHeader(HttpHeaders.ETAG, etag)
                            .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                    if (EntityTags.matchesWeakly(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                        ctx.response().setStatusCode(304).end();
                        return;
                    }
                    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8");
                    if (coding != ContentCoding.IDENTITY) {
                        ctx.response().putHeader(HttpHeaders.CONTENT_ENCODING, coding.header());
                    }
                    Buffer body = bodies.get(coding);
                    if (ctx.request().method() == HttpMethod.HEAD) {
                        ctx.response()
                                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()))
                                .end();
                    } else {
                        ctx.response().end(body);
                    }
                });
    }

    private static Buffer read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
