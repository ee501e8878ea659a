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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.ecoreform.gateway.edge.ContentCoding;

/**
 * The dashboard's bundled assets (/assets/…, content-hashed names), in the coding the browser
 * accepts: the build wrote each one gzip'd and brotli'd beside it, so nothing is compressed per
 * request. Their names change with their content, so they are cached for a year.
 */
@ApplicationScoped
public class DashboardAssetsRoute {

    static final String CACHE_CONTROL = "public, immutable, max-age=31536000";
    private static final String DIRECTORY = "META-INF/resources/assets/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Map<String, String> TYPES = Map.of(
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "txt",
            "text/plain; charset=utf-8");

    /** An asset in each coding the build wrote. */
    private record Asset(String type, Map<ContentCoding, Buffer> bodies) {}

    private final Map<String, Optional<Asset>> assets = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route("/assets/:name")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(RouteOrder.ASSETS)
                .handler(ctx -> {
                    String name = ctx.pathParam("name");
                    Optional<Asset> asset = assets.get(name);
                    if (asset == null) {
                        asset = read(name);
                        if (asset.isPresent()) {
                            assets.put(name, asset); // only assets that exist: unknown names cannot fill the map
                        }
                    }
                    if (asset.isEmpty()) {
                        ctx.next();
                        return;
                    }
                    ContentCoding coding =
                            ContentCoding.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
                    Buffer body = asset.get()
                            .bodies()
                            .getOrDefault(coding, asset.get().bodies().get(ContentCoding.IDENTITY));
                    boolean compressed = body != asset.get().bodies().get(ContentCoding.IDENTITY);
                    ctx.response()
                            .putHeader(HttpHeaders.CONTENT_TYPE, asset.get().type())
                            .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                            .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                    if (compressed) {
                        ctx.response().putHeader(HttpHeaders.CONTENT_ENCODING, coding.header());
                    }
                    if (ctx.request().method() == HttpMethod.HEAD) {
                        ctx.response()
                                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()))
                                .end();
                    } else {
                        ctx.response().end(body);
                    }
                });
    }

    private static Optional<Asset> read(String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Buffer identity = resource(name);
        if (identity == null) {
            return Optional.empty();
        }
        Map<ContentCoding, Buffer> bodies = new EnumMap<>(ContentCoding.class);
        bodies.put(ContentCoding.IDENTITY, identity);
        Buffer gzip = resource(name + ".gz");
        Buffer brotli = resource(name + ".br");
        if (gzip != null) {
            bodies.put(ContentCoding.GZIP, gzip);
        }
        if (brotli != null) {
            bodies.put(ContentCoding.BROTLI, brotli);
        }
        return Optional.of(new Asset(type, bodies));
    }

    private static Buffer resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIRECTORY + name)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
