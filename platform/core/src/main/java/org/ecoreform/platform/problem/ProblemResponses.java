package org.ecoreform.platform.problem;

import jakarta.ws.rs.core.Response;
import org.ecoreform.platform.http.MediaTypes;

/** Builds problem+json responses; shared by every exception mapper. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(MediaTypes.PROBLEM_JSON_TYPE)
                .entity(problem)
                .build();
    }
}
