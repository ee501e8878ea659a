package org.ecoreform.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One mapper per kind of error, all answering RFC 9457 problem+json. Framework exceptions
 * (validation, JSON parsing, security, JAX-RS status exceptions) are translated here so that no
 * client ever sees a stack trace or a bare HTML error page.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response mapApiException(ApiException e) {
        return ProblemResponses.of(e.toProblem());
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(fe -> fe.field() + ": " + fe.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return ProblemResponses.of(Problem.of(ProblemKind.VALIDATION, detail, errors));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mapUnknownField(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return ProblemResponses.of(Problem.of(
                ProblemKind.MALFORMED_BODY,
                "unknown field '" + e.getPropertyName() + "'",
                List.of(new Problem.FieldError(field, "unknown field: not part of this resource"))));
    }

    /** Also claims MismatchedInputException, for which Quarkus registers an empty-bodied 400 mapper. */
    @ServerExceptionMapper(
            value = {JsonMappingException.class, MismatchedInputException.class},
            priority = Priorities.USER - 100)
    public Response mapJsonMapping(JsonMappingException e) {
        String field = jsonPath(e);
        String message = "has the wrong type or form";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail =
                field.isEmpty() ? "the request body does not match the expected structure" : field + " " + message;
        return ProblemResponses.of(Problem.of(ProblemKind.MALFORMED_BODY, detail, errors));
    }

    @ServerExceptionMapper
    public Response mapJsonProcessing(JsonProcessingException e) {
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(
                Problem.of(ProblemKind.MALFORMED_BODY, "the request body is not well-formed JSON" + where));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response mapUnauthenticated(RuntimeException e) {
        return Response.fromResponse(ProblemResponses.of(
                        Problem.of(ProblemKind.UNAUTHENTICATED, "a valid bearer token is required for this operation")))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e) {
        return ProblemResponses.of(
                Problem.of(ProblemKind.FORBIDDEN, "the token does not carry a role that may perform this operation"));
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e) {
        // The JSON body reader reports unreadable bodies as a 400 wrapping Jackson's exception.
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return mapUnknownField(unknown);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapJsonMapping(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return mapJsonProcessing(parsing);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? kind.title() : e.getMessage();
        Problem problem = new Problem(kind.type(), kind.title(), status, detail, null, List.of());
        Response.ResponseBuilder builder = Response.status(status)
                .type(org.ecoreform.platform.http.MediaTypes.PROBLEM_JSON_TYPE)
                .entity(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable e) {
        // The client gets a correlation id, never the stack trace; the log keeps the details.
        return ProblemResponses.incident(e);
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Paths look like "create.body.name": drop the method and parameter names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
