package org.ecoreform.measures.rest;

import java.util.List;
import org.ecoreform.measures.event.MeasureState;
import org.ecoreform.platform.reference.Label;
import org.ecoreform.platform.csv.CsvWriter;

/** The CSV export of measures for data teams: one row per measure, lists joined with ";". */
final class MeasureCsv {

    private static final List<String> HEADER = List.of("id", "listCode", "number", "categoryId", "categoryNameZh",
            "categoryNameEn", "name", "content", "status", "sourceProvinces", "sourceProvinceNames", "departments",
            "departmentNames", "version", "provenanceDocument", "provenanceLine");

    private MeasureCsv() {
    }

    static String render(List<MeasureState> measures) {
        CsvWriter csv = new CsvWriter(HEADER);
        for (MeasureState m : measures) {
            csv.row(java.util.Arrays.asList(m.id(), m.listCode(), m.number(), m.category().id(), m.category().nameZh(),
                    m.category().nameEn(), m.name(), m.content(), m.status(),
                    join(m.sourceProvinces(), Label::id), join(m.sourceProvinces(), Label::nameZh),
                    join(m.departments(), Label::id), join(m.departments(), Label::nameZh),
                    m.version(), m.provenance().document(), m.provenance().line()));
        }
        return csv.toString();
    }

    private static String join(List<Label> labels, java.util.function.Function<Label, String> part) {
        return String.join(";", labels.stream().map(part).toList());
    }
}
