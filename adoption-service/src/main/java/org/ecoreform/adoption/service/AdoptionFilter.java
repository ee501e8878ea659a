package org.ecoreform.adoption.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.importer.ResponsibleUnits;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.validation.IdPatterns;

/**
 * The filters of {@code GET /adoptions}; they combine with AND, and several values of one filter
 * (repeated or comma-separated) match any of them; an empty set means no filter. With {@code asOf},
 * only records adopted by that day are found, each with the status it had then, and {@code status}
 * filters on it.
 */
public record AdoptionFilter(
        Set<String> provinces,
        Set<String> measures,
        Set<String> categories,
        Set<AdoptionStatus> statuses,
        Optional<String> text,
        Optional<LocalDate> asOf,
        Optional<String> unit) {

    public static final AdoptionFilter ALL = new AdoptionFilter(
            Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty());

    /** {@code unit}: a unit's id or any of its names (省住房城乡建设厅 finds the records of 省住房和城乡建设厅 too). */
    public static AdoptionFilter of(
            Collection<String> province,
            Collection<String> measure,
            Collection<String> category,
            Collection<String> status,
            String q,
            String asOf,
            String unit) {
        return new AdoptionFilter(
                QueryParams.alternatives("province", province, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.alternatives(
                        "measure", measure, IdPatterns.MEASURE, "must be a measure id such as N2020-03"),
                QueryParams.alternatives("category", category, "^C[0-9]{2}$", "must be a category id such as C09"),
                QueryParams.alternatives(
                        "status",
                        status,
                        AdoptionStatus::fromWire,
                        "must be one of planned, in-progress, implemented, suspended, withdrawn"),
                QueryParams.text("q", q, 200),
                QueryParams.date("asOf", asOf),
                QueryParams.text("unit", unit, 200)
                        .map(u -> ResponsibleUnits.shipped()
                                .idFor(u)
                                .orElseThrow(() -> new InvalidValue(
                                        "unit",
                                        "is not a unit of the codelist (GET /api/v1/responsible-units lists them)"))));
    }
}
