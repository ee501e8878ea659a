package org.ecoreform.indicators.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.http.QueryParams;

/** The filters of {@code GET /observations}: AND across filters, any of several values within one. */
public record ObservationFilter(
        Set<String> provinces, Set<String> indicators, Optional<Integer> period, Optional<OffsetDateTime> asOf) {

    public static ObservationFilter of(
            Collection<String> province, Collection<String> indicator, String period, String asOf) {
        return new ObservationFilter(
                QueryParams.alternatives("province", province, Inputs.PROVINCE, "must be a six-digit GB/T 2260 code"),
                QueryParams.alternatives("indicator", indicator, Inputs.INDICATOR, "must be an indicator id"),
                QueryParams.optional("period", period, "^[12][0-9]{3}$", "must be a year such as 2019")
                        .map(Integer::parseInt),
                QueryParams.optional(asOf).map(ObservationFilter::asOfEndOfDay));
    }

    /** {@code asOf=2021-03-01}: what was known at the end of that day (UTC). */
    public static OffsetDateTime asOfEndOfDay(String date) {
        try {
            return LocalDate.parse(date)
                    .plusDays(1)
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC)
                    .minusNanos(1);
        } catch (DateTimeParseException e) {
            throw new InvalidValue("asOf", "must be a date such as 2021-03-01");
        }
    }
}
