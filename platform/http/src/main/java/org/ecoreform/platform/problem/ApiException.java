package org.ecoreform.platform.problem;

import java.util.List;

/**
 * An answer of the HTTP edge itself: a header the request lacks or got wrong, a path that does not
 * exist, a downstream service that is away (the gateway's proxy). Below the edge, code throws the
 * domain errors of {@code org.ecoreform.platform.errors}, which the mappers of this package turn
 * into the same problem+json; {@link ProblemMappers} answers this one.
 */
public class ApiException extends RuntimeException {

    private final ProblemKind kind;
    private final List<Problem.FieldError> errors;

    public ApiException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ApiException(ProblemKind kind, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public ProblemKind kind() {
        return kind;
    }

    public Problem toProblem() {
        return Problem.of(kind, getMessage(), errors);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ProblemKind.NOT_FOUND, what + " '" + id + "' does not exist");
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(
                ProblemKind.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException unprocessable(String field, String message) {
        return new ApiException(
                ProblemKind.UNPROCESSABLE, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemKind.CONFLICT, detail);
    }
}
