package org.ecoreform.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "urn:ecoreform:problem:validation")
        String type,

        @Schema(example = "Request validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "name: must not be blank") String detail,
        @Schema(example = "/api/v1/measures") String instance,
        List<FieldError> errors) {

    public static final String TYPE_PREFIX = "urn:ecoreform:problem:";

    public static Problem of(ProblemKind kind, String detail) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, null, List.of());
    }

    public static Problem of(ProblemKind kind, String detail, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, null, errors);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** One invalid input field: {@code field} is a JSON path such as {@code departments[1]}. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "name") String field,
            @Schema(example = "must not be blank") String message) {}
}
