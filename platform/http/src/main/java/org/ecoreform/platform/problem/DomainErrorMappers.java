package org.ecoreform.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.DomainError;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.errors.NotFound;
import org.ecoreform.platform.errors.NotPermitted;
import org.ecoreform.platform.errors.RuleViolation;
import org.ecoreform.platform.errors.VersionMismatch;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the REST edge answers each kind of domain error: one mapper per kind, problem+json always. */
public class DomainErrorMappers {

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return answer(ProblemKind.NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        return answer(ProblemKind.CONFLICT, e);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e) {
        return answer(ProblemKind.UNPROCESSABLE, e);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValue e) {
        return answer(ProblemKind.VALIDATION, e);
    }

    @ServerExceptionMapper
    public Response versionMismatch(VersionMismatch e) {
        return answer(ProblemKind.PRECONDITION_FAILED, e);
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermitted e) {
        return answer(ProblemKind.FORBIDDEN, e);
    }

    private static Response answer(ProblemKind kind, DomainError e) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.rule()))
                .toList();
        return ProblemResponses.of(Problem.of(kind, e.getMessage(), errors));
    }
}
