package org.ecoreform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "ecoreform.gateway")
public interface GatewayConfig {

    /**
     * The browser origins that may write (POST, PUT, PATCH, DELETE) besides the gateway's own pages;
     * every origin may read. {@code GATEWAY_CORS_ORIGINS}, comma-separated.
     */
    @WithDefault("http://localhost:8080")
    List<String> writeOrigins();

    /** The MongoDB database of the read models. */
    @WithDefault("ecoreform_views")
    String database();

    /** The services behind the gateway, by name: measures, adoption, indicators. */
    Map<String, Downstream> services();

    /** How long one call to a service may take. */
    @WithDefault("5s")
    Duration timeout();

    /** Extra attempts for idempotent (GET) calls that failed to connect or timed out. */
    @WithDefault("2")
    int readRetries();

    /**
     * Keep-alive connections the gateway may hold open to each service (HTTP/1.1, one request at a time each), shared
     * evenly among its event loops.
     */
    @WithDefault("64")
    int connectionsPerService();

    /** Consecutive-window failures that open a service's circuit breaker. */
    @WithDefault("10")
    int breakerVolume();

    @WithDefault("5s")
    Duration breakerDelay();

    /** Whether this process projects the topics into the view store. */
    @WithDefault("true")
    boolean projectionEnabled();

    interface Downstream {
        String url();
    }

    /** How often a quiet change stream gets a comment, so that proxies keep it open. */
    @WithDefault("15s")
    Duration changeStreamHeartbeat();

    /** How many verified tokens are kept (each until it expires), so that a token's signature is checked once, not per request. */
    @WithDefault("10000")
    int verifiedTokenCacheSize();

    /** Per-client request rate limits (token bucket); paths under /q/ (health, metrics) are exempt. */
    RateLimit rateLimit();

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Callers without a valid token, counted per IP address (a NAT may hide many users: be generous). */
        @WithDefault("100")
        double anonymousPerSecond();

        @WithDefault("200")
        int anonymousBurst();

        /** Callers with a valid token, counted per token subject. */
        @WithDefault("50")
        double authenticatedPerSecond();

        @WithDefault("100")
        int authenticatedBurst();

        /** Whether the replicas hold one limit per client together, through counts shared in the view store. */
        @WithDefault("true")
        boolean shared();

        /**
         * How often a replica shares its counts (a client spread over replicas may exceed its rate by one
         * interval's worth from each other replica).
         */
        @WithDefault("1s")
        Duration shareInterval();
    }
}
