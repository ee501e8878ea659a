package org.ecoreform.gateway.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Limits each client's request rate before any other work: a client with a valid token is counted
 * by its subject, anyone else by IP address. Tokens are verified (signature, issuer, audience,
 * expiry) before their subject counts, else forging subjects would dodge the limit ({@link CallerTokens}:
 * once per token, off the event loop). Over the limit: 429 problem+json with Retry-After. The
 * replicas of the gateway hold each limit together ({@link SharedLimits}).
 */
@Singleton // on every request: no client proxy in between
public class RateLimiting {

    private static final int MAX_TRACKED = 50_000;
    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");

    private final GatewayConfig.RateLimit limits;
    private final CallerTokens callers;
    /** Buckets per verified token subject and per IP address (two sets: no key to build per request). */
    private final ClientBuckets subjects;

    private final ClientBuckets addresses;

    /** Refusals by kind of caller: {@code ecoreform_rate_limit_refusals_total{caller="token"|"address"}}. */
    private final Counter refusedTokens;

    private final Counter refusedAddresses;

    public RateLimiting(GatewayConfig config, CallerTokens callers, SharedLimits shared, MeterRegistry registry) {
        this.limits = config.rateLimit();
        this.callers = callers;
        this.subjects = new ClientBuckets(limits.authenticatedBurst(), limits.authenticatedPerSecond(), MAX_TRACKED);
        this.addresses = new ClientBuckets(limits.anonymousBurst(), limits.anonymousPerSecond(), MAX_TRACKED);
        shared.track("subjects", subjects);
        shared.track("addresses", addresses);
        tracked(registry, "token", subjects);
        tracked(registry, "address", addresses);
        this.refusedTokens = refusals(registry, "token");
        this.refusedAddresses = refusals(registry, "address");
    }

    private static Counter refusals(MeterRegistry registry, String caller) {
        return Counter.builder("ecoreform.rate.limit.refusals")
                .description("Requests answered 429 by the gateway's rate limiter")
                .tag("caller", caller)
                .register(registry);
    }

    private static void tracked(MeterRegistry registry, String caller, ClientBuckets buckets) {
        Gauge.builder("ecoreform.rate.limit.tracked.clients", buckets, ClientBuckets::tracked)
                .description("Clients the gateway's rate limiter holds a bucket for")
                .tag("caller", caller)
                .register(registry);
    }

    /**
     * Tells the client its quota on every answer (the IETF draft's RateLimit-Limit, -Remaining and
     * -Reset fields): the requests it may make at once, how many are left, and the seconds until all
     * are back. A portal can pace itself instead of meeting a 429.
     */
    private static void quota(RoutingContext ctx, ClientBuckets buckets, String client, long now) {
        TokenBucket bucket = buckets.bucket(client);
        TokenBucket.Quota quota = bucket == null ? new TokenBucket.Quota(0, 1) : bucket.quota(now);
        MultiMap headers = ctx.response().headers();
        headers.set(LIMIT, Integer.toString(buckets.burst()));
        headers.set(REMAINING, Long.toString(quota.remaining()));
        headers.set(RESET, Long.toString(quota.secondsToFull()));
    }

    /** Lets the request on ({@code ctx.next()}), maybe after verifying its token, or answers 429. */
    void limit(RoutingContext ctx) {
        if (!limits.enabled() || ctx.request().path().startsWith("/q/")) {
            ctx.next();
            return;
        }
        Future<Optional<JsonWebToken>> caller = callers.of(ctx);
        if (caller.isComplete()) {
            admit(ctx, caller.result().map(JsonWebToken::getSubject).orElse(null));
        } else {
            caller.onComplete(verified -> admit(
                    ctx,
                    verified.succeeded()
                            ? verified.result().map(JsonWebToken::getSubject).orElse(null)
                            : null));
        }
    }

    private void admit(RoutingContext ctx, String subject) {
        boolean authenticated = subject != null;
        long now = System.nanoTime();
        ClientBuckets buckets = authenticated ? subjects : addresses;
        String client = authenticated ? subject : ctx.request().remoteAddress().hostAddress();
        long wait = buckets.take(client, now);
        quota(ctx, buckets, client, now);
        if (wait == 0) {
            ctx.next();
            return;
        }
        (authenticated ? refusedTokens : refusedAddresses).increment();
        // the refusal's own wait, not the time to a full bucket, is what the client must wait
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemResponses.end(
                ctx,
                Problem.of(
                        ProblemKind.TOO_MANY_REQUESTS,
                        "rate limit of " + (authenticated ? "this token's subject" : "this address")
                                + " exceeded; retry after " + seconds + " s"));
    }
}
