package org.ecoreform.gateway.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target as its province's profile lists it, with its latest observation and attainment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetEntry(
        String id,
        Indicator indicator,
        String comparator,
        BigDecimal value,
        String unit,
        int year,
        Observation latestObservation,
        Attainment attainment) {

    public static final String TARGETS = "targets";

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetIndicator")
    public record Indicator(
            String id, String nameZh, String nameEn, String unit, String direction, String theme, Long version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetObservation")
    public record Observation(int period, BigDecimal value, String status, String source, String recordedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetAttainment")
    public record Attainment(String status, BigDecimal gap, BigDecimal expected, String explanation) {}
}
