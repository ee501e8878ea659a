package org.ecoreform.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.gateway.edge.GzipStream;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;
import org.jboss.logging.Logger;

/**
 * Forwards a public call to the service that owns it without holding a thread or a body: the
 * request body is piped to the service as it arrives and the answer piped back as it comes, with
 * Vert.x's back-pressure on both (a client that reads slowly slows the service's answer, never
 * the gateway's memory). Headers pass as before: the caller's token, request id, conditional headers
 * (stripped of the gateway's coding suffix), {@code Idempotency-Key}; links and locations are
 * rewritten to the gateway. An answer the client accepts gzip'd is compressed as it streams, its
 * ETag suffixed with the coding. A client that goes away resets the call to the service, which
 * frees that connection. A service that cannot answer is a 503 problem on its own paths only.
 */
@Singleton // on every request: no client proxy in between
public class StreamingProxy {

    private static final Logger LOG = Logger.getLogger(StreamingProxy.class);
    private static final Set<String> REQUEST_HEADERS = Set.of(
            "authorization",
            "content-type",
            "content-length",
            "accept",
            "accept-language",
            "if-match",
            "if-none-match",
            "idempotency-key",
            "x-request-id");
    private static final Set<String> RESPONSE_HEADERS = Set.of(
            "content-type",
            "etag",
            "cache-control",
            "location",
            "link",
            "www-authenticate",
            "idempotent-replayed",
            "content-disposition",
            "retry-after",
            "content-language",
            "content-encoding");
    private static final CharSequence VARY = HttpHeaders.createOptimized(ContentCoding.VARY);
    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");

    private final ServiceClients clients;
    /** The gateway's own share of each proxied call: its whole answer less the service's (what the benchmark's goal is about). */
    private final Timer added;

    public StreamingProxy(ServiceClients clients, MeterRegistry registry) {
        this.clients = clients;
        this.added = Timer.builder("ecoreform.proxy.added")
                .description(
                        "Time a proxied call spent in the gateway: from its request to the end of its answer, less the service's call")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry);
    }

    /** Forwards the request to {@code service} and answers with what it answers. */
    public void forward(RoutingContext ctx, String service) {
        forward(ctx, service, ctx.request().uri());
    }

    /** As {@link #forward(RoutingContext, String)}, to {@code uri} on the service (a path and query of its own API). */
    public void forward(RoutingContext ctx, String service, String uri) {
        long received = System.nanoTime();
        HttpServerRequest in = ctx.request();
        boolean hasBody = hasBody(in);
        if (hasBody) {
            in.pause(); // read when the service's connection is ready, at the pace the service reads
        }
        ServiceClients.Call call = new ServiceClients.Call();
        ctx.response().closeHandler(v -> call.abandon()); // the client went away: not left streaming to nobody
        ContentCoding coding = ContentCoding.negotiateStreaming(in.getHeader(HttpHeaders.ACCEPT_ENCODING));
        clients.send(service, in.method(), uri, options -> copyRequestHeaders(in, options), hasBody ? in : null, call)
                .onSuccess(answer -> {
                    measure(ctx, answer, call, received);
                    relay(ctx, service, answer, coding, call);
                })
                .onFailure(e -> {
                    if (!call.abandoned()) {
                        unavailable(ctx, service, e);
                    }
                });
    }

    /**
     * Once the client's answer is done: the gateway's time for the call less the service's (from
     * sending to the end of its answer, which comes first: the client's answer ends when it does).
     */
    private void measure(RoutingContext ctx, HttpClientResponse answer, ServiceClients.Call call, long received) {
        long sent = call.sentAt();
        AtomicLong serviceEnded = new AtomicLong();
        answer.end().onSuccess(v -> serviceEnded.set(System.nanoTime()));
        ctx.addEndHandler(done -> {
            long now = System.nanoTime();
            if (done.succeeded() && !call.abandoned()) {
                long serviceNanos = (serviceEnded.get() == 0 ? now : serviceEnded.get()) - sent;
                added.record(Math.max(0, now - received - serviceNanos), TimeUnit.NANOSECONDS);
            }
        });
    }

    private static boolean hasBody(HttpServerRequest in) {
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.equals("0"))
                || in.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (in.version() == HttpVersion.HTTP_2 && !in.isEnded()); // HTTP/2 frames a body without either header
    }

    private static void copyRequestHeaders(HttpServerRequest in, RequestOptions options) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        in.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (REQUEST_HEADERS.contains(lower)) {
                // the gateway's coding suffixes on entity tags are its own: the service issued the tag without
                boolean conditional = lower.equals("if-match") || lower.equals("if-none-match");
                headers.add(name, conditional ? ContentCoding.untagged(value) : value);
            }
        });
        options.setHeaders(headers);
    }

    private void relay(
            RoutingContext ctx,
            String service,
            HttpClientResponse answer,
            ContentCoding accepted,
            ServiceClients.Call call) {
        HttpServerResponse out = ctx.response();
        if (out.closed()) {
            call.abandon();
            return;
        }
        // an answer the service encoded itself passes as it is
        ContentCoding coding =
                answer.getHeader(HttpHeaders.CONTENT_ENCODING) == null ? accepted : ContentCoding.IDENTITY;
        boolean body = answerHasBody(ctx.request().method(), answer);
        String serviceBase = clients.baseUrl(service);
        String gatewayBase = ctx.request().scheme() + "://" + ctx.request().host();
        out.setStatusCode(answer.statusCode());
        answer.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESPONSE_HEADERS.contains(lower)) {
                // links and locations point at the gateway, never at a service behind it
                out.headers()
                        .add(name, lower.equals("etag") ? coding.tag(value) : value.replace(serviceBase, gatewayBase));
            }
        });
        out.putHeader(HttpHeaders.VARY, VARY);
        if (body && coding == ContentCoding.GZIP) {
            out.putHeader(HttpHeaders.CONTENT_ENCODING, GZIP).setChunked(true);
            stream(answer, out, service, call, new GzipStream());
            return;
        }
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else if (body) {
            out.setChunked(true);
        }
        stream(answer, out, service, call, null);
    }

    private static boolean answerHasBody(HttpMethod method, HttpClientResponse answer) {
        int status = answer.statusCode();
        return method != HttpMethod.HEAD
                && status != 204
                && status != 304
                && !"0".equals(answer.getHeader(HttpHeaders.CONTENT_LENGTH));
    }

    /**
     * The answer relayed as it comes, gzip'd on the way when {@code gzip} is given, with back-pressure both ways: a
     * client that reads slowly pauses the service's answer. Once the relay is cut short (the client went away, or the
     * service's answer broke off) a chunk still on its way is dropped, not written to a finished response.
     */
    private static void stream(
            HttpClientResponse answer,
            HttpServerResponse out,
            String service,
            ServiceClients.Call call,
            GzipStream gzip) {
        out.exceptionHandler(e -> {
            closeQuietly(gzip);
            cutShort(call, out, service, e);
        });
        answer.handler(chunk -> {
            if (out.ended() || out.closed()) {
                return;
            }
            Buffer data = gzip == null ? chunk : gzip.compress(chunk);
            if (data.length() > 0) {
                out.write(data);
            }
            if (out.writeQueueFull()) {
                answer.pause();
                out.drainHandler(v -> answer.resume());
            }
        });
        answer.exceptionHandler(e -> {
            closeQuietly(gzip);
            cutShort(call, out, service, e);
        });
        answer.endHandler(v -> {
            if (!out.ended() && !out.closed()) {
                out.end(gzip == null ? Buffer.buffer() : gzip.finish());
            }
        });
    }

    private static void closeQuietly(GzipStream gzip) {
        if (gzip != null) {
            gzip.close();
        }
    }

    /**
     * The relay broke off midway: the client went away (the call to the service is reset, which
     * frees its connection), or the service's answer did (the client must not take a cut body for
     * a whole one).
     */
    private static void cutShort(ServiceClients.Call call, HttpServerResponse out, String service, Throwable e) {
        LOG.debugf("answer of %s-service cut short: %s", service, e.toString());
        call.abandon();
        if (!out.ended()) {
            out.reset();
        }
    }

    private static void unavailable(RoutingContext ctx, String service, Throwable cause) {
        LOG.warnf("%s-service unavailable: %s", service, cause.toString());
        ctx.request().resume(); // a body not sent is read and dropped, so the connection stays usable
        if (!ctx.response().headWritten() && !ctx.response().closed()) {
            ProblemResponses.end(
                    ctx,
                    Problem.of(
                            ProblemKind.UNAVAILABLE,
                            service + "-service is unavailable; the request was not applied, try again later"));
        }
    }
}
