package org.ecoreform.gateway.edge;

import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified bearer token of a request, checked once per request (the rate limit and the
 * proxy's write check ask alike) and once per token ({@link VerifiedTokenCache}): a token seen
 * before is a map lookup on the I/O thread; a new one is verified off it (the key may come from a
 * JWKS URL). Empty when the request has no bearer token or one that fails the check.
 */
@Singleton // on every request: no client proxy in between
public class CallerTokens {

    private static final String BEARER = "Bearer ";
    private static final String VERIFIED = CallerTokens.class.getName();

    private final VerifiedTokenCache tokens;

    public CallerTokens(VerifiedTokenCache tokens) {
        this.tokens = tokens;
    }

    public Future<Optional<JsonWebToken>> of(RoutingContext ctx) {
        Future<Optional<JsonWebToken>> known = ctx.get(VERIFIED);
        if (known != null) {
            return known;
        }
        Future<Optional<JsonWebToken>> verified = verify(ctx);
        ctx.put(VERIFIED, verified);
        return verified;
    }

    private Future<Optional<JsonWebToken>> verify(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Future.succeededFuture(Optional.empty());
        }
        String token = authorization.substring(BEARER.length()).strip();
        Optional<JsonWebToken> cached = tokens.cached(token);
        if (cached.isPresent()) {
            return Future.succeededFuture(cached);
        }
        return ctx.vertx()
                .executeBlocking(
                        () -> {
                            try {
                                return Optional.of(tokens.parse(token));
                            } catch (ParseException e) {
                                return Optional
                                        .<JsonWebToken>
                                                empty(); // counted by address; a path that needs a token answers 401
                            }
                        },
                        false);
    }
}
