package org.ecoreform.gateway.proxy;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;
import org.jboss.logging.Logger;

/**
 * Forwards public API calls to the service that owns the path, with the caller's token. Each
 * service has its own guards: a timeout, a circuit breaker, and retries for idempotent reads only.
 * A service that cannot answer yields 503 on its own paths; the views and the other services are
 * not affected.
 */
@ApplicationScoped
public class DownstreamProxy {

    private static final Logger LOG = Logger.getLogger(DownstreamProxy.class);

    /** The first path segment after /api/v1 → the service that owns it. */
    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("lists", "measures"), Map.entry("categories", "measures"), Map.entry("departments", "measures"),
            Map.entry("provinces", "measures"), Map.entry("measures", "measures"), Map.entry("framework", "measures"),
            Map.entry("plans", "adoption"), Map.entry("adoptions", "adoption"), Map.entry("imports", "adoption"),
            Map.entry("responsible-units", "adoption"),
            Map.entry("catalogue-replica", "adoption"),
            Map.entry("indicators", "indicators"), Map.entry("targets", "indicators"), Map.entry("target-imports", "indicators"),
            Map.entry("observations", "indicators"),
            Map.entry("source-documents", "indicators"), Map.entry("plan-tasks", "indicators"), Map.entry("accountability", "indicators"));

    static final Set<String> REQUEST_HEADERS = Set.of("authorization", "content-type", "accept", "accept-language", "if-match",
            "if-none-match", "idempotency-key", "x-request-id");
    static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "etag", "cache-control", "location", "link",
            "www-authenticate", "idempotent-replayed", "content-disposition", "retry-after");

    private final GatewayConfig config;
    private final HttpClient http;
    private final Map<String, Guard> readGuards = new HashMap<>();
    private final Map<String, Guard> writeGuards = new HashMap<>();

    public DownstreamProxy(GatewayConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
        for (String service : config.services().keySet()) {
            readGuards.put(service, Guard.create().withDescription(service + " reads")
                    .withRetry().maxRetries(config.readRetries()).delay(100, ChronoUnit.MILLIS).retryOn(IOException.class).done()
                    .withCircuitBreaker().requestVolumeThreshold(config.breakerVolume()).failureRatio(0.5)
                    .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS).failOn(IOException.class).done()
                    .build());
            writeGuards.put(service, Guard.create().withDescription(service + " writes")
                    .withCircuitBreaker().requestVolumeThreshold(config.breakerVolume()).failureRatio(0.5)
                    .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS).failOn(IOException.class).done()
                    .build());
        }
    }

    /** The service owning a path below /api/v1 (its first segment; adopters of a measure belong to adoption). */
    public static Optional<String> serviceFor(String path) {
        String[] segments = path.split("/");
        if (segments.length >= 3 && segments[0].equals("measures") && segments[2].equals("adopters")) {
            return Optional.of("adoption");
        }
        return Optional.ofNullable(ROUTES.get(segments[0]));
    }

    public static boolean responseHeader(String name) {
        return RESPONSE_HEADERS.contains(name.toLowerCase());
    }

    public String baseUrl(String service) {
        return config.services().get(service).url();
    }

    /** The answer of a service, as received. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    public Answer forward(String service, String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl(service) + pathAndQuery))
                .timeout(config.timeout())
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase();
            if (REQUEST_HEADERS.contains(lower)) {
                // the gateway's coding suffixes on entity tags are its own: the service issued the tag without
                boolean conditional = lower.equals("if-match") || lower.equals("if-none-match");
                values.forEach(v -> request.header(name, conditional ? ContentCoding.untagged(v) : v));
            }
        });
        boolean idempotent = "GET".equals(method) || "HEAD".equals(method);
        Guard guard = (idempotent ? readGuards : writeGuards).get(service);
        try {
            @SuppressWarnings("unchecked")
            HttpResponse<byte[]> response = guard.call(() -> http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()),
                    (Class<HttpResponse<byte[]>>) (Class<?>) HttpResponse.class);
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, e);
        } catch (Exception e) {
            throw unavailable(service, e);
        }
    }

    /**
     * A GET whose body is read as it arrives (whole-dataset downloads): the status and headers are
     * here when this returns, the body is for the caller to read and close.
     */
    public HttpResponse<InputStream> stream(String service, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl(service) + path)).timeout(config.timeout()).GET().build();
        try {
            @SuppressWarnings("unchecked")
            HttpResponse<InputStream> response = readGuards.get(service).call(() -> http.send(request, HttpResponse.BodyHandlers.ofInputStream()),
                    (Class<HttpResponse<InputStream>>) (Class<?>) HttpResponse.class);
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, e);
        } catch (Exception e) {
            throw unavailable(service, e);
        }
    }

    private static ApiException unavailable(String service, Exception cause) {
        LOG.warnf("%s-service unavailable: %s", service, cause.toString());
        return new ApiException(ProblemKind.UNAVAILABLE, service + "-service is unavailable; the request was not applied, try again later");
    }
}
