package org.ecoreform.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.gateway.projection.ChangeTail;
import org.ecoreform.gateway.store.ChangeFeed;
import org.ecoreform.platform.paging.PageRequest;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * {@code GET /api/v1/changes/stream}: the change feed as Server-Sent Events, written on the I/O
 * thread. Every event's {@code id:} is the cursor {@code GET /api/v1/changes?cursor=} takes; a client
 * that reconnects with {@code Last-Event-ID} (or {@code ?since=}) gets every change after it, once and
 * in order, then the live ones. {@code retry:} tells it to come back after 3 s, and a comment every
 * 15 s ({@code change-stream-heartbeat}) keeps proxies from closing a quiet stream. Documented in META-INF/openapi.yaml.
 */
@ApplicationScoped
public class ChangeStreamRoute {

    static final String PATH = "/api/v1/changes/stream";
    static final long RETRY_MILLIS = 3_000;
    /** A client this many changes behind is closed, and resumes from its last id when it reconnects. */
    static final int BUFFER = 10_000;

    private final ChangeTail tail;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Duration heartbeat;

    public ChangeStreamRoute(ChangeTail tail, ObjectMapper json, Vertx vertx, GatewayConfig config) {
        this.tail = tail;
        this.json = json;
        this.vertx = vertx;
        this.heartbeat = config.changeStreamHeartbeat();
    }

    void install(@Observes Router router) {
        router.get(PATH).order(RouteOrder.VIEWS).handler(this::stream);
    }

    private void stream(RoutingContext ctx) {
        String cursor = Optional.ofNullable(ctx.request().getHeader("Last-Event-ID"))
                .or(() -> Optional.ofNullable(ctx.request().getParam("cursor")))
                .orElse(ctx.request().getParam("since"));
        long after;
        try {
            after = cursor == null || cursor.isBlank() ? tail.position() : sequence(cursor);
        } catch (IllegalArgumentException e) {
            ProblemResponses.end(
                    ctx,
                    Problem.of(ProblemKind.BAD_REQUEST, "Last-Event-ID (or since) is not a cursor issued by this API"));
            return;
        }
        HttpServerResponse response = ctx.response()
                .setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Accel-Buffering", "no");
        // the cursor the stream starts from, as an id without data: a browser resumes from it after a drop
        // even before the first change arrives
        response.write("retry: " + RETRY_MILLIS + "\nid: " + PageRequest.encode(Long.toString(after)) + "\n\n");
        Multi<String> events = tail.after(after).onOverflow().buffer(BUFFER).map(this::event);
        Multi<String> heartbeats = Multi.createFrom().ticks().every(heartbeat).map(tick -> ": heartbeat\n\n");
        Cancellable subscription = Multi.createBy()
                .merging()
                .streams(events, heartbeats)
                .subscribe()
                .with(
                        text -> vertx.runOnContext(v -> {
                            if (!response.closed()) {
                                response.write(text);
                            }
                        }),
                        failure -> vertx.runOnContext(v -> {
                            if (!response.closed()) {
                                response.end(); // the client resumes from its last id
                            }
                        }));
        response.closeHandler(v -> subscription.cancel());
        response.exceptionHandler(e -> subscription.cancel());
    }

    private String event(ChangeFeed.Change change) {
        try {
            return "id: " + PageRequest.encode(Long.toString(change.sequence())) + "\ndata: "
                    + json.writeValueAsString(change) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sequence a cursor names; IllegalArgumentException for anything this API did not issue. */
    static long sequence(String cursor) {
        try {
            return Long.parseLong(PageRequest.parse(null, cursor).afterKey().orElseThrow());
        } catch (RuntimeException e) { // not base64, not ours, not a number
            throw new IllegalArgumentException(cursor, e);
        }
    }
}
