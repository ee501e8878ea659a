package org.ecoreform.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.ecoreform.platform.http.MediaTypes;

/** Builds problem+json responses; shared by every exception mapper. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    /** For handlers in front of JAX-RS (Vert.x routes): ends the response with the problem. */
    public static void end(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem must serialise", e);
        }
        ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.PROBLEM_JSON).end(body);
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(MediaTypes.PROBLEM_JSON_TYPE)
                .entity(problem)
                .build();
    }
}
