package org.ecoreform.indicators.service;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.validation.IdPatterns;

/** The filters of {@code GET /plan-tasks}: AND across filters, any of several values within one. */
public record PlanTaskFilter(
        Set<String> provinces, Optional<Integer> year, Set<String> measures, Set<String> statuses) {

    public static PlanTaskFilter of(
            Collection<String> province, String year, Collection<String> measure, Collection<String> status) {
        return new PlanTaskFilter(
                QueryParams.alternatives("province", province, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.optional("year", year, "^20[0-9]{2}$", "must be a year such as 2018")
                        .map(Integer::valueOf),
                QueryParams.alternatives(
                        "measure", measure, IdPatterns.MEASURE, "must be a measure id such as N2020-03"),
                QueryParams.alternatives("status", status, "^(due|done|overdue)$", "must be due, done or overdue"));
    }
}
