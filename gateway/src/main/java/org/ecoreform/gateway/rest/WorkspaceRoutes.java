package org.ecoreform.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ecoreform.gateway.proxy.ServiceRoutes;
import org.ecoreform.gateway.proxy.StreamingProxy;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;
import org.ecoreform.platform.security.Roles;

/**
 * The reporting workspace's way to the API (a backend for the browser): the person signed in with
 * the authorization-code flow, and the gateway keeps the session; the page calls
 * {@code /workspace/api/v1/…}, which is forwarded to the owning service as {@code /api/v1/…} with the
 * session's access token as bearer, so the service checks the person's roles and province and records
 * them as the actor, exactly as for a script's token. {@code /workspace/api/session} says who is signed
 * in. Without a session both answer 401 problem+json (the page keeps what was typed and offers to sign
 * in again); a write must carry {@code X-Requested-With} (a page of another site cannot set it without
 * a preflight the gateway never grants), so the cookie alone cannot make a write.
 */
@ApplicationScoped
public class WorkspaceRoutes {

    static final String RELAY = "/workspace/api/v1/";
    static final String SESSION = "/workspace/api/session";
    private static final String API = "/api/v1/";
    private static final String REQUESTED_WITH = "X-Requested-With";
    /** What the gateway answers itself under /api/v1 that the workspace writes to: the year-end workbook's upload. */
    private static final java.util.regex.Pattern GATEWAY_PATHS = java.util.regex.Pattern.compile("progress-imports");

    /** Who is signed in, for the page: the name to show, the roles and the province the token carries. */
    public record Session(String subject, List<String> roles, String province, Instant signedInUntil) {}

    private final StreamingProxy proxy;
    private final ObjectMapper json;

    public WorkspaceRoutes(StreamingProxy proxy, ObjectMapper json) {
        this.proxy = proxy;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route(RELAY + "*").order(RouteOrder.WORKSPACE).handler(this::relay);
        router.route(SESSION).order(RouteOrder.WORKSPACE).method(HttpMethod.GET).handler(this::session);
    }

    private void relay(RoutingContext ctx) {
        String path = ctx.request().path().substring(RELAY.length());
        Optional<String> service = ServiceRoutes.serviceFor(path);
        boolean gatewaysOwn = GATEWAY_PATHS.matcher(path).matches();
        if (service.isEmpty() && !gatewaysOwn) {
            ProblemResponses.end(ctx, Problem.of(ProblemKind.NOT_FOUND, "no service answers " + API + path));
            return;
        }
        HttpMethod method = ctx.request().method();
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        if (write && ctx.request().getHeader(REQUESTED_WITH) == null) {
            ProblemResponses.end(
                    ctx,
                    Problem.of(
                            ProblemKind.FORBIDDEN,
                            "a write through the workspace must come from its pages (header " + REQUESTED_WITH + ")"));
            return;
        }
        ctx.request().pause(); // the body waits for the session's check
        signedIn(ctx, identity -> {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token == null) {
                ctx.request().resume();
                signInAgain(ctx);
                return;
            }
            ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
            String query = ctx.request().query();
            String target = API + path + (query == null ? "" : "?" + query);
            if (gatewaysOwn) {
                // the gateway's own resource, as for a script's call: resumed and rerouted in this same turn of
                // the event loop, so no chunk of the body arrives before the resource's reader is in place
                ctx.request().resume();
                ctx.reroute(target);
                return;
            }
            proxy.forward(ctx, service.get(), target);
        });
    }

    private void session(RoutingContext ctx) {
        signedIn(ctx, identity -> {
            JsonWebToken idToken = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
            Session session = new Session(
                    identity.getPrincipal().getName(),
                    identity.getRoles().stream().sorted().toList(),
                    idToken == null ? null : idToken.getClaim(Roles.PROVINCE_CLAIM),
                    idToken == null || idToken.getExpirationTime() <= 0
                            ? null
                            : Instant.ofEpochSecond(idToken.getExpirationTime()));
            try {
                ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(json.writeValueAsString(session));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a session must serialise", e);
            }
        });
    }

    /** Runs {@code then} on the request's context with the signed-in identity, or answers 401. */
    private static void signedIn(RoutingContext ctx, Consumer<SecurityIdentity> then) {
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> context.runOnContext(v -> {
                            if (identity == null || identity.isAnonymous()) {
                                ctx.request().resume();
                                signInAgain(ctx);
                            } else {
                                then.accept(identity);
                            }
                        }),
                        failure -> context.runOnContext(v -> {
                            ctx.request().resume();
                            signInAgain(ctx); // an ended or unreadable session is the same to the person
                        }));
    }

    private static void signInAgain(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        ProblemResponses.end(
                ctx, Problem.of(ProblemKind.UNAUTHENTICATED, "the session has ended: sign in again at /workspace"));
    }
}
