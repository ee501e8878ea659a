package org.ecoreform.gateway.domain;

import java.util.Map;
import java.util.Set;

/** What the national document knows of a province: measures adopted by its live records, records linking measures, attainment counts. */
public record ProvinceSummary(Set<String> adopted, int records, Map<String, Integer> attainment) {

    public int targets() {
        return attainment.values().stream().mapToInt(Integer::intValue).sum();
    }
}
