package org.ecoreform.platform.problem;

/**
 * The kinds of error every service reports. The type URI is stable, so clients can switch on it
 * rather than on the human-readable title.
 */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request", "Bad request"),
    VALIDATION(400, "validation", "Request validation failed"),
    MALFORMED_BODY(400, "malformed-body", "Request body is not valid JSON for this operation"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "The request cannot be applied"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match header required"),
    TOO_MANY_REQUESTS(429, "rate-limited", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return Problem.TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    /** The kind for a bare HTTP status raised by the framework (unknown path, wrong method …). */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != VALIDATION && kind != MALFORMED_BODY) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
