package org.ecoreform.platform.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * One id per request, end to end: the caller's {@code X-Request-Id} when it is a plain token,
 * otherwise a new one. It is set on the request (so the gateway passes it on and the services
 * read it), echoed on the response, written to the audit trail and the outbox, and sent to Kafka
 * as the CloudEvents extension {@code requestid}.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** A random prefix per process and a counter: unique across replicas, and cheap per request. */
    private final String prefix;

    private final AtomicLong sequence = new AtomicLong();

    public RequestIds() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        this.prefix = HexFormat.of().formatHex(random) + "-";
    }

    /** Gives the request its id (see {@link RequestGuards}, which calls this for every request). */
    void assign(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = prefix + Long.toString(sequence.incrementAndGet(), 36);
            ctx.request().headers().set(HEADER, id);
        }
        ctx.response().putHeader(HEADER, id);
    }

    /** The id of the HTTP request being served, if this code runs for one. */
    public static Optional<String> current() {
        return currentRequest().map(request -> request.getHeader(HEADER));
    }

    /** The HTTP request being served, if this code runs for one (not on a background thread). */
    public static Optional<HttpServerRequest> currentRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        InstanceHandle<CurrentVertxRequest> current = Arc.container().instance(CurrentVertxRequest.class);
        if (!current.isAvailable()) {
            return Optional.empty();
        }
        RoutingContext context = current.get().getCurrent();
        return context == null ? Optional.empty() : Optional.of(context.request());
    }
}
