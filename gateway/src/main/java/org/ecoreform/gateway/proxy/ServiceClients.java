package org.ecoreform.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.ReadStream;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.ecoreform.gateway.config.GatewayConfig;

/**
 * The gateway's connections to each service: Vert.x HTTP/1.1 clients per service with pools of
 * keep-alive connections (opened once, reused by every call), one client per event loop, so that a call
 * and its connection share a thread (a connection another loop opened would hand every read and write
 * across threads, each hand-over a wake-up of the other loop), and the guards of each service: an
 * idle timeout per call, a {@link CircuitBreaker}, and retries for reads only (GET and HEAD carry no body,
 * so a call that never got an answer can be sent again; a write might have been applied). A
 * request counts as in flight from its sending until its answer has been read to the end or the
 * request reset.
 */
@Singleton // on every request: no client proxy in between
public class ServiceClients {

    /** How the services are reached and guarded. */
    public record Settings(
            Map<String, String> baseUrls,
            Duration timeout,
            int readRetries,
            int breakerVolume,
            Duration breakerDelay,
            int poolSize) {}

    private record Service(
            String baseUrl,
            String host,
            int port,
            String basePath,
            Map<Object, HttpClient> clientPerLoop,
            CircuitBreaker breaker,
            AtomicInteger inFlight) {}

    private static final long RETRY_PAUSE_MILLIS = 100;
    /** The key of the client the callers off the event loops share (an event loop's client is keyed by its thread). */
    private static final Object OFF_LOOP = new Object();

    private final Map<String, Service> services = new HashMap<>();
    private final Vertx vertx;
    private final Duration timeout;
    private final int readRetries;
    private final PoolOptions poolPerLoop;

    @Inject
    public ServiceClients(Vertx vertx, GatewayConfig config) {
        this(vertx, settings(config));
    }

    public ServiceClients(Vertx vertx, Settings settings) {
        this.vertx = vertx;
        this.timeout = settings.timeout();
        this.readRetries = settings.readRetries();
        // the connections to a service shared among the event loops (Vert.x runs two per core)
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        this.poolPerLoop = new PoolOptions().setHttp1MaxSize(Math.max(1, settings.poolSize() / loops));
        settings.baseUrls().forEach((name, url) -> {
            URI uri = URI.create(url);
            services.put(
                    name,
                    new Service(
                            url.replaceAll("/$", ""),
                            uri.getHost(),
                            uri.getPort() < 0 ? 80 : uri.getPort(),
                            uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/$", ""),
                            new ConcurrentHashMap<>(),
                            new CircuitBreaker(
                                    settings.breakerVolume(),
                                    settings.breakerDelay().toNanos()),
                            new AtomicInteger()));
        });
    }

    private static Settings settings(GatewayConfig config) {
        Map<String, String> urls = new HashMap<>();
        config.services().forEach((name, downstream) -> urls.put(name, downstream.url()));
        return new Settings(
                urls,
                config.timeout(),
                config.readRetries(),
                config.breakerVolume(),
                config.breakerDelay(),
                config.connectionsPerService());
    }

    /** The service's base URL, as configured (links it writes are rewritten from it). */
    public String baseUrl(String service) {
        return services.get(service).baseUrl();
    }

    /** Requests to the service sent and not yet finished. */
    public int inFlight(String service) {
        return services.get(service).inFlight().get();
    }

    /**
     * Sends a request to the service; the future has the answer's status and headers, its body is
     * for the caller to read (or the request to reset). {@code body} is streamed (null: no body);
     * {@code prepare} sets the headers; {@code call} is how the caller gives it up. Every handler
     * runs on the event loop of the call, so the caller sets its own before the body flows.
     */
    public Future<HttpClientResponse> send(
            String service,
            HttpMethod method,
            String pathAndQuery,
            Consumer<RequestOptions> prepare,
            ReadStream<Buffer> body,
            Call call) {
        return send(service, method, pathAndQuery, prepare, body, null, call);
    }

    /** As above with a body held whole ({@code whole}) instead of streamed. */
    public Future<HttpClientResponse> send(
            String service,
            HttpMethod method,
            String pathAndQuery,
            Consumer<RequestOptions> prepare,
            ReadStream<Buffer> body,
            Buffer whole,
            Call call) {
        Service target = services.get(service);
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setHost(target.host())
                .setPort(target.port())
                .setURI(target.basePath() + pathAndQuery)
                .setIdleTimeout(timeout.toMillis());
        prepare.accept(options);
        boolean read = (method == HttpMethod.GET || method == HttpMethod.HEAD) && body == null && whole == null;
        Promise<HttpClientResponse> answered = Promise.promise();
        attempt(target, options, body, whole, call, read ? readRetries : 0, answered);
        return answered.future();
    }

    /** One attempt; a read that got no answer is sent again after a short pause while attempts are left. */
    private void attempt(
            Service target,
            RequestOptions options,
            ReadStream<Buffer> body,
            Buffer whole,
            Call call,
            int retriesLeft,
            Promise<HttpClientResponse> answered) {
        if (!target.breaker().allows(System.nanoTime())) {
            answered.fail(new IllegalStateException("circuit open after repeated failures"));
            return;
        }
        clientOnThisLoop(target)
                .request(options)
                .compose(request -> {
                    target.inFlight().incrementAndGet();
                    call.sending(request);
                    return (whole != null ? request.send(whole) : body == null ? request.send() : request.send(body))
                            .onFailure(e -> target.inFlight().decrementAndGet())
                            .onSuccess(answer -> answer.end()
                                    .onComplete(done -> target.inFlight().decrementAndGet()));
                })
                .onSuccess(answer -> {
                    target.breaker().succeeded();
                    answered.complete(answer);
                })
                .onFailure(e -> {
                    if (call.abandoned) {
                        answered.fail(e); // the caller went away: not the service's failure, and nobody to answer
                        return;
                    }
                    target.breaker().failed(System.nanoTime());
                    if (retriesLeft > 0) {
                        vertx.setTimer(
                                RETRY_PAUSE_MILLIS,
                                id -> attempt(target, options, body, whole, call, retriesLeft - 1, answered));
                    } else {
                        answered.fail(e);
                    }
                });
    }

    /**
     * The client of the calling event loop, made at its first call (a caller off the event loops shares one with
     * the others of its kind).
     */
    private HttpClient clientOnThisLoop(Service target) {
        Object loop = Context.isOnEventLoopThread() ? Thread.currentThread() : OFF_LOOP;
        HttpClient client = target.clientPerLoop().get(loop);
        if (client != null) {
            return client;
        }
        return target.clientPerLoop()
                .computeIfAbsent(
                        loop,
                        key -> vertx.createHttpClient(
                                new HttpClientOptions()
                                        .setKeepAlive(true)
                                        .setConnectTimeout(2000)
                                        .setDecompressionSupported(false)
                                        .setTryUseCompression(false),
                                poolPerLoop));
    }

    /**
     * One call to a service, which its caller may give up (the client went away): the request is
     * reset and, HTTP/1.1 being one call at a time per connection, its connection closed (an
     * answer half read cannot be skipped). A call given up is not counted against the service and
     * not sent again.
     */
    public static final class Call {
        private volatile HttpClientRequest request;
        private volatile boolean abandoned;
        private volatile long sentAt;

        void sending(HttpClientRequest request) {
            this.request = request;
            this.sentAt = System.nanoTime();
            if (abandoned) {
                abandon();
            }
        }

        /** When the last attempt went out ({@link System#nanoTime()}). */
        public long sentAt() {
            return sentAt;
        }

        public boolean abandoned() {
            return abandoned;
        }

        public void abandon() {
            abandoned = true;
            HttpClientRequest sent = request;
            if (sent != null && sent.reset()) {
                sent.connection().close();
            }
        }
    }

    @PreDestroy
    void close() {
        services.values().forEach(service -> service.clientPerLoop().values().forEach(HttpClient::close));
    }
}
