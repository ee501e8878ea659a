package org.ecoreform.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;

/**
 * Rejects a declared oversized body before it is read, with a problem+json 413. (Vert.x's own
 * {@code quarkus.http.limits.max-body-size}, set higher, remains the backstop for chunked bodies.)
 */
@ApplicationScoped
public class RequestBodyLimit {

    private final RequestLimitsConfig config;

    public RequestBodyLimit(RequestLimitsConfig config) {
        this.config = config;
    }

    /** Answers 413 and returns true when the declared body is over the limit. */
    boolean rejected(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemResponses.end(
                    ctx,
                    Problem.of(
                            ProblemKind.PAYLOAD_TOO_LARGE,
                            "request body of " + length + " bytes exceeds the limit of " + config.maxBodyBytes()
                                    + " bytes"));
            return true;
        }
        return false;
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > config.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }
}
