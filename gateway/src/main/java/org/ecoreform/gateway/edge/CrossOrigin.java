package org.ecoreform.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Cross-origin requests from browsers. Reads are public data: GET and HEAD are open to every
 * origin ({@code Access-Control-Allow-Origin: *}, never with credentials; the API uses bearer
 * tokens, not cookies). Writes come only from the configured origins (and the gateway's own): a
 * preflight or a write from any other origin is refused with a 403 problem+json that says so, and
 * nothing is changed. Runs before the rate limit and every handler.
 */
@ApplicationScoped
public class CrossOrigin {

    private static final String READ_METHODS = "GET, HEAD";
    private static final String ALL_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, "
            + "If-None-Match, Idempotency-Key, X-Request-Id, Last-Event-ID";
    private static final String EXPOSED_HEADERS = "ETag, Location, Link, Retry-After, X-Request-Id, "
            + "Idempotent-Replayed, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition";

    private final Set<String> writeOrigins;

    public CrossOrigin(GatewayConfig config) {
        this.writeOrigins = config.writeOrigins().stream()
                .map(origin -> origin.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        MultiMap headers = ctx.response().headers();
        String requested = ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (ctx.request().method() == HttpMethod.OPTIONS && requested != null) {
            boolean read = isRead(requested);
            if (!read && !mayWrite(origin, ctx)) {
                refuse(ctx, origin, requested);
                return;
            }
            allow(headers, read ? "*" : origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, read ? READ_METHODS : ALL_METHODS);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
            ctx.response().setStatusCode(204).end();
            return;
        }
        if (isRead(ctx.request().method().name())) {
            allow(headers, "*");
        } else if (mayWrite(origin, ctx)) {
            allow(headers, origin);
        } else {
            refuse(ctx, origin, ctx.request().method().name());
            return;
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        ctx.next();
    }

    private static boolean isRead(String method) {
        return method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD");
    }

    private static void allow(MultiMap headers, String origin) {
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (!origin.equals("*")) {
            headers.add(HttpHeaders.VARY, "Origin");
        }
    }

    /** A configured origin, or the gateway's own (its dashboard): same host and port as the request. */
    private boolean mayWrite(String origin, RoutingContext ctx) {
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        if (writeOrigins.contains(normalised)) {
            return true;
        }
        String host = ctx.request().getHeader(HttpHeaders.HOST);
        try {
            URI uri = URI.create(normalised);
            String authority = uri.getRawAuthority();
            return host != null && authority != null && authority.equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void refuse(RoutingContext ctx, String origin, String method) {
        List<String> allowed = writeOrigins.stream().sorted().toList();
        ProblemResponses.end(
                ctx,
                Problem.of(
                        ProblemKind.FORBIDDEN,
                        "the origin " + origin + " may read (GET, HEAD) but not " + method
                                + "; writes are accepted from "
                                + (allowed.isEmpty() ? "the gateway's own pages only" : String.join(", ", allowed))));
    }
}
