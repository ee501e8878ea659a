package org.ecoreform.adoption.rest;

import java.util.Arrays;
import java.util.List;
import org.ecoreform.adoption.event.AdoptionState;
import org.ecoreform.platform.csv.CsvWriter;

/** The CSV export of adoption records: one row per record, lists joined with ";". */
final class AdoptionCsv {

    private static final List<String> HEADER = List.of("id", "planId", "province", "provinceNameZh", "rowNumber", "name",
            "scope", "adoptedPart", "measureIds", "categoryId", "status", "measureRetired", "responsibleUnits", "actions",
            "version", "provenanceDocument", "provenanceLine");

    private AdoptionCsv() {
    }

    static String render(List<AdoptionState> records) {
        CsvWriter csv = new CsvWriter(HEADER);
        for (AdoptionState r : records) {
            csv.row(Arrays.asList(r.id(), r.planId(), r.province().id(), r.province().nameZh(), r.rowNumber(), r.name(),
                    r.scope(), r.adoptedPart(), String.join(";", r.measures().stream().map(AdoptionState.AdoptedMeasure::id).toList()),
                    r.category() == null ? null : r.category().id(), r.status(), r.measureRetired(),
                    String.join(";", r.responsibleUnits()), r.actions(), r.version(), r.provenance().document(), r.provenance().line()));
        }
        return csv.toString();
    }
}
