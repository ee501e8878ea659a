package org.ecoreform.measures.service;

import java.util.Optional;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.platform.problem.ApiException;

/** The filters of {@code GET /measures}; each is optional and they combine with AND. */
public record MeasureFilter(Optional<String> category, Optional<String> sourceProvince, Optional<String> department,
                            Optional<MeasureStatus> status, Optional<String> text) {

    /** Checks the raw query parameters, so a malformed filter is a 400 rather than an empty list. */
    public static MeasureFilter of(String category, String sourceProvince, String department, String status, String q) {
        return new MeasureFilter(
                checked("category", category, "^C[0-9]{2}$", "must be a category id such as C09"),
                checked("sourceProvince", sourceProvince, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                checked("department", department, "^[a-z][a-z0-9-]{1,39}$", "must be a department id such as mohurd"),
                blankToEmpty(status).map(s -> MeasureStatus.fromWire(s)
                        .orElseThrow(() -> ApiException.badRequest("status", "must be active or retired"))),
                blankToEmpty(q).map(text -> {
                    if (text.length() > 200) {
                        throw ApiException.badRequest("q", "must be at most 200 characters");
                    }
                    return text.strip();
                }));
    }

    private static Optional<String> checked(String field, String value, String pattern, String message) {
        Optional<String> present = blankToEmpty(value);
        present.filter(v -> !v.matches(pattern)).ifPresent(v -> {
            throw ApiException.badRequest(field, message);
        });
        return present;
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
