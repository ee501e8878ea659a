package org.ecoreform.gateway.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Limits each client's request rate before any other work: a client with a valid token is counted
 * by its subject, anyone else by IP address. Tokens are verified (signature, issuer, audience,
 * expiry) before their subject counts, else forging subjects would dodge the limit; a verdict is
 * cached per token until it expires, and verification runs off the event loop (the key may be
 * fetched from a JWKS URL). Over the limit: 429 problem+json with Retry-After.
 */
@ApplicationScoped
public class RateLimiting {

    private static final int MAX_TRACKED = 50_000;
    private static final String BEARER = "Bearer ";

    private record Verdict(String subject, long expiresAtNanos) {
    }

    private static final Verdict INVALID = new Verdict(null, Long.MAX_VALUE);

    private final GatewayConfig.RateLimit limits;
    private final JWTParser parser;
    /** Buckets per verified token subject and per IP address (two maps: no key to build per request). */
    private final Map<String, TokenBucket> subjects = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    /** Refusals by kind of caller: {@code ecoreform_rate_limit_refusals_total{caller="token"|"address"}}. */
    private final Counter refusedTokens;
    private final Counter refusedAddresses;

    public RateLimiting(GatewayConfig config, JWTParser parser, MeterRegistry registry) {
        this.limits = config.rateLimit();
        this.parser = parser;
        this.refusedTokens = refusals(registry, "token");
        this.refusedAddresses = refusals(registry, "address");
    }

    private static Counter refusals(MeterRegistry registry, String caller) {
        return Counter.builder("ecoreform.rate.limit.refusals").description("Requests answered 429 by the gateway's rate limiter")
                .tag("caller", caller).register(registry);
    }

    /** Lets the request on ({@code ctx.next()}), maybe after verifying its token, or answers 429. */
    void limit(RoutingContext ctx) {
        if (!limits.enabled() || ctx.request().path().startsWith("/q/")) {
            ctx.next();
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER)) {
            admit(ctx, null);
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        long now = System.nanoTime();
        Verdict known = verdicts.get(token);
        if (known != null && known.expiresAtNanos() > now) {
            admit(ctx, known.subject());
            return;
        }
        ctx.vertx().<Verdict>executeBlocking(() -> verify(token), false).onComplete(result -> {
            Verdict verdict = result.succeeded() ? result.result() : INVALID;
            if (verdicts.size() > MAX_TRACKED) {
                verdicts.clear();
            }
            verdicts.put(token, verdict);
            admit(ctx, verdict.subject());
        });
    }

    private Verdict verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            long secondsLeft = Math.max(0, jwt.getExpirationTime() - System.currentTimeMillis() / 1000);
            return new Verdict(jwt.getSubject(), System.nanoTime() + TimeUnit.SECONDS.toNanos(secondsLeft));
        } catch (ParseException e) {
            return INVALID; // counted by IP; the endpoint answers 401 if it needs a token
        }
    }

    private void admit(RoutingContext ctx, String subject) {
        boolean authenticated = subject != null;
        long now = System.nanoTime();
        TokenBucket bucket = authenticated
                ? subjects.computeIfAbsent(subject, k -> new TokenBucket(limits.authenticatedBurst(), limits.authenticatedPerSecond(), now))
                : addresses.computeIfAbsent(ctx.request().remoteAddress().hostAddress(),
                        k -> new TokenBucket(limits.anonymousBurst(), limits.anonymousPerSecond(), now));
        long wait = bucket.take(now);
        if (wait == 0) {
            if (subjects.size() + addresses.size() > MAX_TRACKED) {
                subjects.values().removeIf(b -> b.isFull(now)); // forget clients that have been quiet
                addresses.values().removeIf(b -> b.isFull(now));
            }
            ctx.next();
            return;
        }
        (authenticated ? refusedTokens : refusedAddresses).increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemResponses.end(ctx, Problem.of(ProblemKind.TOO_MANY_REQUESTS,
                "rate limit of " + (authenticated ? "this token's subject" : "this address") + " exceeded; retry after " + seconds + " s"));
    }
}
