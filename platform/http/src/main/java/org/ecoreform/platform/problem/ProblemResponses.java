package org.ecoreform.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.ecoreform.platform.http.MediaTypes;
import org.jboss.logging.Logger;

/** Builds problem+json responses; shared by every exception mapper. */
public final class ProblemResponses {

    private ProblemResponses() {}

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    private static final ObjectMapper JSON =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    /** For handlers in front of JAX-RS (Vert.x routes): ends the response with the problem. */
    public static void end(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem must serialise", e);
        }
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.PROBLEM_JSON)
                .end(body);
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(MediaTypes.PROBLEM_JSON_TYPE)
                .entity(problem)
                .build();
    }

    /** A part the service needs does not answer: 503 problem+json, and when to try again. */
    public static Response unavailable(String detail, int retryAfterSeconds) {
        return Response.fromResponse(of(Problem.of(ProblemKind.UNAVAILABLE, detail)))
                .header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                .build();
    }

    /** An error nobody foresaw: logged with an incident id, which the client gets instead of the details. */
    public static Response incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return of(Problem.of(ProblemKind.INTERNAL, "an unexpected error occurred; incident " + incident));
    }
}
