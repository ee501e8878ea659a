package org.ecoreform.measures.rest;

import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.list;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.ecoreform.measures.service.FrameworkLink;
import org.ecoreform.measures.service.MeasureFilter;
import org.ecoreform.measures.service.MeasureQueries;
import org.ecoreform.measures.service.MeasureState;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;
import org.ecoreform.platform.reference.Label;

/** The measures as a dataset: the download of /api/v1/exports/measures and the CSV of the measure list. */
public class MeasureExports {

    static final List<ExportColumn> COLUMNS = List.of(
            text("id", "Measure id: list code and number, N2020-01 … N2020-90 for the 2020 list"),
            text("listCode", "The list the measure belongs to (N2020: NDRC notice 发改环资〔2020〕1793号)"),
            integer("number", "Number within the list"),
            text("categoryId", "Category C01 … C14"),
            text("categoryNameZh", "Category name in Chinese"),
            text("categoryNameEn", "Category name in English"),
            text("name", "Name of the measure, as in the source document"),
            text("content", "What the measure is, as in the source document"),
            text("status", "active or retired"),
            list("sourceProvinces", "GB/T 2260 codes of the pilot provinces the measure was proven in"),
            list("sourceProvinceNames", "Their names in Chinese, in the same order"),
            list("departments", "Ids of the responsible national departments"),
            list("departmentNames", "Their names in Chinese, in the same order"),
            list(
                    "frameworkArticles",
                    "Articles of the 2015 overall reform plan (F2015-A01 … A56) the measure implements"),
            text("frameworkSystem", "Institutional system of the plan (F2015-S1 … S8) the measure serves"),
            text("placementBasis", "What places it there: editor, article-link, candidates or category"),
            integer("version", "Increases by one on every change of the measure"),
            text("provenanceDocument", "Source document number, or api for measures created through the API"),
            integer("provenanceLine", "Line of the source document the measure was read from"));

    static List<Object> row(MeasureState m) {
        return Arrays.asList(
                m.id(),
                m.listCode(),
                m.number(),
                m.category().id(),
                m.category().nameZh(),
                m.category().nameEn(),
                m.name(),
                m.content(),
                m.status(),
                labels(m.sourceProvinces(), Label::id),
                labels(m.sourceProvinces(), Label::nameZh),
                labels(m.departments(), Label::id),
                labels(m.departments(), Label::nameZh),
                m.framework() == null
                        ? List.of()
                        : m.framework().stream().map(FrameworkLink::article).toList(),
                m.placement() == null ? null : m.placement().system(),
                m.placement() == null ? null : m.placement().basis(),
                m.version(),
                m.provenance().document(),
                m.provenance().line());
    }

    @Produces
    @Singleton
    ExportDataset<MeasureState> measures(MeasureQueries measures) {
        MeasureFilter all = MeasureFilter.of(null, null, null, null, null, null);
        return new ExportDataset<>(
                "measures",
                "National catalogue of reform measures",
                "Every measure of the national lists (the 90 of the NDRC's 2020 list and any added since), retired ones included, "
                        + "in catalogue order.",
                COLUMNS,
                page -> measures.search(all, page),
                MeasureExports::row,
                measures::datasetFacts);
    }

    private static List<String> labels(List<Label> labels, Function<Label, String> part) {
        return labels.stream().map(part).toList();
    }
}
