package org.ecoreform.indicators.rest;

import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.number;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.ecoreform.indicators.service.TargetFilter;
import org.ecoreform.indicators.service.TargetQueries;
import org.ecoreform.indicators.service.TargetState;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;

/** Targets as a dataset: the download of /api/v1/exports/targets and the CSV of GET /api/v1/targets. */
public class TargetExports {

    static final List<ExportColumn> COLUMNS = List.of(
            text("id", "Target id: province, indicator and target year, e.g. 360000-forest-coverage-2020"),
            text("province", "GB/T 2260 code of the province"),
            text("provinceNameZh", "Province name in Chinese"),
            text("provinceNameEn", "Province name in English"),
            text("indicator", "Indicator id (GET /api/v1/indicators names them)"),
            text("indicatorNameZh", "Indicator name in Chinese"),
            text("indicatorNameEn", "Indicator name in English"),
            text("comparator", "≥, ≤, =, eliminate, increase, decrease or qualitative"),
            number("value", "The level for ≥, ≤ and =; for increase/decrease the change against the baseline year"),
            text("unit", "Unit of value (% or 个百分点 for a relative change)"),
            integer("year", "The year the target is for"),
            number("baselineValue", "Value in the baseline year, where the plan gives it"),
            integer("baselineYear", "Baseline year of a relative target or a trajectory"),
            integer("latestPeriod", "Year of the latest observation"),
            number("latestValue", "Value of the latest observation"),
            text(
                    "attainment",
                    "met, on-track, at-risk, missed, no-target-year-data or no-data, computed by the server"),
            number("gap", "What remains to reach the target, in the indicator's unit (≤ 0 once met)"),
            text("sentence", "The plan's sentence the target was read from"),
            text("provenanceDocument", "The plan the target comes from"),
            integer("provenanceLine", "Line of the plan's text"));

    static List<Object> row(TargetState t) {
        return Arrays.asList(
                t.id(),
                t.province().id(),
                t.province().nameZh(),
                t.province().nameEn(),
                t.indicator().id(),
                t.indicator().nameZh(),
                t.indicator().nameEn(),
                t.comparator(),
                t.value(),
                t.unit(),
                t.year(),
                t.baseline() == null ? null : t.baseline().value(),
                t.baseline() == null ? null : t.baseline().year(),
                t.latestObservation() == null ? null : t.latestObservation().period(),
                t.latestObservation() == null ? null : t.latestObservation().value(),
                t.attainment().status(),
                t.attainment().gap(),
                t.sentence(),
                t.provenance().document(),
                t.provenance().line());
    }

    @Produces
    @Singleton
    ExportDataset<TargetState> targets(TargetQueries targets) {
        TargetFilter all = TargetFilter.of(null, null, null, null);
        return new ExportDataset<>(
                "targets",
                "Provinces' environmental targets",
                "Every target read from the provinces' plans, with its latest observation and attainment, in id order.",
                COLUMNS,
                page -> targets.search(all, page),
                TargetExports::row,
                targets::datasetFacts);
    }
}
