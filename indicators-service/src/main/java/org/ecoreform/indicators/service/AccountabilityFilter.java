package org.ecoreform.indicators.service;

import java.util.Collection;
import java.util.Set;
import org.ecoreform.indicators.domain.Institution;
import org.ecoreform.platform.http.QueryParams;

/** The filters of {@code GET /accountability}: AND across filters, any of several values within one. */
public record AccountabilityFilter(Set<String> provinces, Set<String> institutions) {

    public static AccountabilityFilter of(Collection<String> province, Collection<String> institution) {
        return new AccountabilityFilter(
                QueryParams.alternatives("province", province, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.alternatives(
                        "institution",
                        institution,
                        i -> Institution.of(i).map(Institution::id),
                        "must be one of " + Institution.ids()));
    }
}
