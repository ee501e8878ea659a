package org.ecoreform.measures.service;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.measures.domain.MeasureStatus;
import org.ecoreform.platform.http.QueryParams;

/**
 * The filters of {@code GET /measures}; each is optional and they combine with AND. A filter of
 * several values (repeated or comma-separated) matches any of them; an empty set means no filter.
 */
public record MeasureFilter(
        Set<String> categories,
        Set<String> sourceProvinces,
        Set<String> departments,
        Set<MeasureStatus> statuses,
        Optional<String> text,
        Optional<String> frameworkSystem) {

    /** Checks the raw query parameters, so a malformed filter is a 400 rather than an empty list. */
    public static MeasureFilter of(
            Collection<String> category,
            Collection<String> sourceProvince,
            Collection<String> department,
            Collection<String> status,
            String q,
            String frameworkSystem) {
        return new MeasureFilter(
                QueryParams.alternatives("category", category, "^C[0-9]{2}$", "must be a category id such as C09"),
                QueryParams.alternatives(
                        "sourceProvince", sourceProvince, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.alternatives(
                        "department", department, "^[a-z][a-z0-9-]{1,39}$", "must be a department id such as mohurd"),
                QueryParams.alternatives("status", status, MeasureStatus::fromWire, "must be active or retired"),
                QueryParams.text("q", q, 200),
                QueryParams.optional(
                        "frameworkSystem",
                        frameworkSystem,
                        FrameworkService.SYSTEM_ID,
                        "must be a system id such as F2015-S7"));
    }
}
