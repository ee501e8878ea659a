package org.ecoreform.adoption.service;

import java.time.LocalDate;
import java.util.Optional;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.adoption.importer.ResponsibleUnits;
import org.ecoreform.platform.errors.InvalidValue;
import org.ecoreform.platform.http.QueryParams;
import org.ecoreform.platform.validation.IdPatterns;

/**
 * The filters of {@code GET /adoptions}; they combine with AND. With {@code asOf}, only records
 * adopted by that day are found, each with the status it had then, and {@code status} filters on it.
 */
public record AdoptionFilter(
        Optional<String> province,
        Optional<String> measure,
        Optional<String> category,
        Optional<AdoptionStatus> status,
        Optional<String> text,
        Optional<LocalDate> asOf,
        Optional<String> unit) {

    public static final AdoptionFilter ALL = new AdoptionFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /** {@code unit}: a unit's id or any of its names (省住房城乡建设厅 finds the records of 省住房和城乡建设厅 too). */
    public static AdoptionFilter of(
            String province, String measure, String category, String status, String q, String asOf, String unit) {
        return new AdoptionFilter(
                QueryParams.optional("province", province, "^[1-9][0-9]{5}$", "must be a six-digit GB/T 2260 code"),
                QueryParams.optional("measure", measure, IdPatterns.MEASURE, "must be a measure id such as N2020-03"),
                QueryParams.optional("category", category, "^C[0-9]{2}$", "must be a category id such as C09"),
                QueryParams.optional(status)
                        .map(s -> AdoptionStatus.fromWire(s)
                                .orElseThrow(() -> new InvalidValue(
                                        "status",
                                        "must be one of planned, in-progress, implemented, suspended, withdrawn"))),
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
