package org.ecoreform.adoption.service;

import java.util.Optional;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.platform.problem.ApiException;

/** The filters of {@code GET /adoptions}; they combine with AND. */
public record AdoptionFilter(Optional<String> province, Optional<String> measure, Optional<String> category,
                             Optional<AdoptionStatus> status, Optional<String> text) {

    public static AdoptionFilter of(String province, String measure, String category, String status, String q) {
        return new AdoptionFilter(
                checked("province", province, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                checked("measure", measure, "^[A-Z][0-9A-Z]{1,19}-[0-9]{2,}$", "must be a measure id such as N2020-03"),
                checked("category", category, "^C[0-9]{2}$", "must be a category id such as C09"),
                present(status).map(s -> AdoptionStatus.fromWire(s).orElseThrow(() -> ApiException.badRequest("status",
                        "must be one of planned, in-progress, implemented, suspended, withdrawn"))),
                present(q).map(text -> {
                    if (text.length() > 200) {
                        throw ApiException.badRequest("q", "must be at most 200 characters");
                    }
                    return text;
                }));
    }

    private static Optional<String> checked(String field, String value, String pattern, String message) {
        Optional<String> present = present(value);
        present.filter(v -> !v.matches(pattern)).ifPresent(v -> {
            throw ApiException.badRequest(field, message);
        });
        return present;
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
