package org.ecoreform.indicators.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.platform.http.QueryParams;

/** The filters of {@code GET /targets}: AND across filters, any of several values within one. */
public record TargetFilter(
        Set<String> provinces, Set<String> indicators, Optional<Integer> year, Set<String> attainments) {

    private static final List<String> ATTAINMENTS =
            List.of("met", "on-track", "at-risk", "missed", "no-target-year-data", "no-data");

    public static TargetFilter of(
            Collection<String> province, Collection<String> indicator, String year, Collection<String> attainment) {
        return new TargetFilter(
                QueryParams.alternatives("province", province, Inputs.PROVINCE, "must be a six-digit GB/T 2260 code"),
                QueryParams.alternatives("indicator", indicator, Inputs.INDICATOR, "must be an indicator id"),
                QueryParams.optional("year", year, "^[12][0-9]{3}$", "must be a year such as 2020")
                        .map(Integer::parseInt),
                QueryParams.alternatives(
                        "attainment",
                        attainment,
                        a -> ATTAINMENTS.contains(a) ? Optional.of(a) : Optional.empty(),
                        "must be one of " + String.join(", ", ATTAINMENTS)));
    }
}
