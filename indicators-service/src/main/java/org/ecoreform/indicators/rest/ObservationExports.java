package org.ecoreform.indicators.rest;

import static org.ecoreform.platform.export.ExportColumn.dateTime;
import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.number;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.ecoreform.indicators.service.ObservationFilter;
import org.ecoreform.indicators.service.ObservationQueries;
import org.ecoreform.indicators.service.ObservationView;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;

/** Observations as a dataset: the download of /api/v1/exports/observations and the CSV of GET /api/v1/observations. */
public class ObservationExports {

    static final List<ExportColumn> COLUMNS = List.of(
            text("id", "Observation id: province, indicator and period"),
            text("province", "GB/T 2260 code of the province"),
            text("provinceNameZh", "Province name in Chinese"),
            text("provinceNameEn", "Province name in English"),
            text("indicator", "Indicator id"),
            integer("period", "Year observed"),
            number("value", "Value, in the indicator's unit"),
            text("status", "provisional or verified"),
            text("source", "Where the value was published"),
            text("reportedBy", "Who recorded it"),
            dateTime("recordedAt", "When the current value was recorded (RFC 3339)"),
            integer("revision", "1 for the first value, then one more per correction"));

    static List<Object> row(ObservationView o) {
        return Arrays.asList(
                o.id(),
                o.province().id(),
                o.province().nameZh(),
                o.province().nameEn(),
                o.indicator(),
                o.period(),
                o.value(),
                o.status(),
                o.source(),
                o.reportedBy(),
                o.recordedAt(),
                o.revision());
    }

    @Produces
    @Singleton
    ExportDataset<ObservationView> observations(ObservationQueries observations) {
        ObservationFilter all = ObservationFilter.of(null, null, null, null);
        return new ExportDataset<>(
                "observations",
                "Observed values of the indicators",
                "Every observation as known now (corrected values replace earlier ones), in id order.",
                COLUMNS,
                page -> observations.search(all, page),
                ObservationExports::row,
                observations::datasetFacts);
    }
}
