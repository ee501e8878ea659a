package org.ecoreform.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every request to the public entry passes right after the platform's request guards, in
 * one route: the security headers go on the response, then the {@link RateLimiting rate limit}
 * decides. Header names and values are encoded once, not per response.
 */
@ApplicationScoped
public class EdgePolicy {

    private static final CharSequence[][] SECURITY_HEADERS = {
        {HttpHeaders.createOptimized("X-Content-Type-Options"), HttpHeaders.createOptimized("nosniff")},
        {HttpHeaders.createOptimized("X-Frame-Options"), HttpHeaders.createOptimized("DENY")},
        {HttpHeaders.createOptimized("Referrer-Policy"), HttpHeaders.createOptimized("no-referrer")},
        {
            HttpHeaders.createOptimized("Strict-Transport-Security"),
            HttpHeaders.createOptimized("max-age=31536000; includeSubDomains")
        },
        {
            HttpHeaders.createOptimized("Content-Security-Policy"),
            HttpHeaders.createOptimized(
                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
        },
    };

    private final RateLimiting rateLimiting;

    public EdgePolicy(RateLimiting rateLimiting) {
        this.rateLimiting = rateLimiting;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).handler(ctx -> {
            MultiMap headers = ctx.response().headers();
            for (CharSequence[] header : SECURITY_HEADERS) {
                headers.set(header[0], header[1]);
            }
            rateLimiting.limit(ctx);
        });
    }
}
