package org.ecoreform.gateway.rest;

import jakarta.ws.rs.core.Response;
import org.ecoreform.gateway.domain.ViewStoreUnavailableException;
import org.ecoreform.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A read the view store had to answer (a view not cached, the feed of changes) while it does not: 503 problem+json with Retry-After. */
public class ViewStoreUnavailableMapper {

    /** The answer, as the OpenAPI document of each read that needs the store says it. */
    static final String DESCRIPTION =
            "The view store (the views not cached, the feed of changes) does not answer; Retry-After says when to try "
                    + "again";

    /** Past the store's 2 s server selection and a readiness probe or two: about when a restarted store is back. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response map(ViewStoreUnavailableException e) {
        return ProblemResponses.unavailable(
                "the view store does not answer, so this cannot be read now; nothing is lost, try again later",
                RETRY_AFTER_SECONDS);
    }
}
