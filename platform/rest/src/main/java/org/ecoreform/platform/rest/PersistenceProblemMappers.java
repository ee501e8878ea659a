package org.ecoreform.platform.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.ecoreform.platform.problem.Problem;
import org.ecoreform.platform.problem.ProblemKind;
import org.ecoreform.platform.problem.ProblemResponses;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem+json for the database's own verdicts on concurrent writes. */
public class PersistenceProblemMappers {

    /** Another writer committed first between our read and our write: the If-Match is now stale. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response mapLostRace(RuntimeException e) {
        return ProblemResponses.of(Problem.of(ProblemKind.PRECONDITION_FAILED,
                "the resource was changed by another request at the same time; read it again and reapply your change"));
    }

    @ServerExceptionMapper
    public Response mapUniqueness(ConstraintViolationException e) {
        return ProblemResponses.of(Problem.of(ProblemKind.CONFLICT,
                "the request conflicts with data written concurrently; retry it"));
    }
}
