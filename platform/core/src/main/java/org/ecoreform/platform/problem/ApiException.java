package org.ecoreform.platform.problem;

import java.util.List;

/**
 * A rule of the API was broken by the request. Services throw it (or a subclass) from the
 * service layer; {@link ApiExceptionMapper} turns it into problem+json.
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
        return new ApiException(ProblemKind.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException unprocessable(String field, String message) {
        return new ApiException(ProblemKind.UNPROCESSABLE, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemKind.CONFLICT, detail);
    }
}
