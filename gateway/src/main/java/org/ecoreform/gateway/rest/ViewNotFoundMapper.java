package org.ecoreform.gateway.rest;

import jakarta.ws.rs.core.Response;
import org.ecoreform.gateway.domain.ViewNotFoundException;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A view of an unknown province or measure: 404 problem+json. */
public class ViewNotFoundMapper {

    @ServerExceptionMapper
    public Response map(ViewNotFoundException e) {
        return ProblemResponses.of(ApiException.notFound(e.what(), e.id()).toProblem());
    }
}
