package org.ecoreform.measures.service;

import java.util.Optional;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.http.QueryParams;

/** The filters of {@code GET /measures}; each is optional and they combine with AND. */
public record MeasureFilter(
        Optional<String> category,
        Optional<String> sourceProvince,
        Optional<String> department,
        Optional<MeasureStatus> status,
        Optional<String> text,
        Optional<String> frameworkSystem) {

    /** Checks the raw query parameters, so a malformed filter is a 400 rather than an empty list. */
    public static MeasureFilter of(
            String category,
            String sourceProvince,
            String department,
            String status,
            String q,
            String frameworkSystem) {
        return new MeasureFilter(
                QueryParams.optional("category", category, "^C[0-9]{2}$", "must be a category id such as C09"),
                QueryParams.optional(
                        "sourceProvince", sourceProvince, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.optional(
                        "department", department, "^[a-z][a-z0-9-]{1,39}$", "must be a department id such as mohurd"),
                QueryParams.optional(status)
                        .map(s -> MeasureStatus.fromWire(s)
                                .orElseThrow(() -> new InvalidValue("status", "must be active or retired"))),
                QueryParams.text("q", q, 200),
                QueryParams.optional(
                        "frameworkSystem",
                        frameworkSystem,
                        FrameworkService.SYSTEM_ID,
                        "must be a system id such as F2015-S7"));
    }
}
