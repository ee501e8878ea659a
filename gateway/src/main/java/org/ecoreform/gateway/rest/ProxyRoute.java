package org.ecoreform.gateway.rest;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoreform.gateway.edge.CallerTokens;
import org.ecoreform.gateway.proxy.ExportRelay;
import org.ecoreform.gateway.proxy.ServiceRoutes;
import org.ecoreform.gateway.proxy.StreamingProxy;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Every service endpoint under the gateway's /api/v1, reads and writes, and the whole-dataset
 * downloads: one route on the I/O thread, before JAX-RS, that hands the call to the
 * {@link StreamingProxy}. Writes need a valid token here already (the owning service checks it
 * again, with its roles and scopes). The services document these paths; the merged document is
 * {@code /api/v1/openapi.json}. Paths no service owns fall through to the gateway's own resources.
 */
@ApplicationScoped
public class ProxyRoute {

    private static final String PREFIX = "/api/v1/";
    private static final Pattern DOWNLOAD = Pattern.compile("exports/([a-z][a-z-]*)\\.[a-z]+");

    private final StreamingProxy proxy;
    private final CallerTokens callers;
    private final ExportRelay exports;

    public ProxyRoute(StreamingProxy proxy, CallerTokens callers, ExportRelay exports) {
        this.proxy = proxy;
        this.callers = callers;
        this.exports = exports;
    }

    void install(@Observes Router router) {
        router.route(PREFIX + "*").order(RouteOrder.PROXY).handler(this::route);
    }

    private void route(RoutingContext ctx) {
        String path = ctx.request().path().substring(PREFIX.length());
        Optional<String> service = ServiceRoutes.serviceFor(path);
        if (service.isPresent()) {
            forward(ctx, service.get());
            return;
        }
        Matcher download = DOWNLOAD.matcher(path);
        if (!download.matches() || ctx.request().method() != HttpMethod.GET) {
            ctx.next();
            return;
        }
        String dataset = download.group(1);
        Optional<String> owner = exports.knownOwnerOf(dataset);
        if (owner.isPresent()) {
            proxy.forward(ctx, owner.get());
            return;
        }
        ctx.request().pause();
        ctx.vertx().executeBlocking(() -> exports.ownerOf(dataset), false).onComplete(found -> {
            ctx.request().resume();
            if (found.failed()) {
                ProblemResponses.end(
                        ctx,
                        found.cause() instanceof ApiException e
                                ? e.toProblem()
                                : Problem.of(
                                        ProblemKind.UNAVAILABLE, "the datasets cannot be listed now; try again later"));
            } else if (found.result().isPresent()) {
                proxy.forward(ctx, found.result().get());
            } else {
                ctx.next(); // listed by no service: the export resource answers 404
            }
        });
    }

    private void forward(RoutingContext ctx, String service) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            proxy.forward(ctx, service);
            return;
        }
        ctx.request().pause(); // the body waits for the token's check
        callers.of(ctx).onComplete(verified -> {
            if (verified.succeeded() && verified.result().isPresent()) {
                proxy.forward(ctx, service);
                return;
            }
            ctx.request().resume();
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.end(
                    ctx, Problem.of(ProblemKind.UNAUTHENTICATED, "a valid bearer token is needed to change data"));
        });
    }
}
