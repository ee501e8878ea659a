package org.ecoreform.indicators.rest;

import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.json;
import static org.ecoreform.platform.export.ExportColumn.list;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.ecoreform.indicators.service.AccountabilityFilter;
import org.ecoreform.indicators.service.AccountabilityQueries;
import org.ecoreform.indicators.service.AccountabilityState;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;
import org.ecoreform.platform.export.JsonCell;

/** The accountability tracker as a dataset: the download of /api/v1/exports/accountability. */
public class AccountabilityExports {

    static final List<ExportColumn> COLUMNS = List.of(
            text("id", "<province>-<institution>, e.g. 360000-resource-balance-sheet"),
            text("province", "GB/T 2260 code of the province"),
            text("provinceNameZh", "Province name in Chinese"),
            text("provinceNameEn", "Province name in English"),
            text(
                    "institution",
                    "assessment-method, green-development-index, resource-balance-sheet, departure-audit, "
                            + "lifelong-accountability, inspection or carrying-capacity-warning"),
            text("article", "The 2015 plan's article that asks for it (F2015-A47 … A51)"),
            text("status", "planned, piloting or established"),
            integer("dueYear", "The year the plan sets for it"),
            list("pilotPlaces", "Where it is piloted"),
            json(
                    "history",
                    "Every change: [{status, effectiveOn, narrative, documentNumber, documentTitle, issuedOn, url, by, at}]"));

    static List<Object> row(AccountabilityState a) {
        return Arrays.asList(
                a.id(),
                a.province().id(),
                a.province().nameZh(),
                a.province().nameEn(),
                a.institution().id(),
                a.institution().article(),
                a.status(),
                a.dueYear(),
                a.pilotPlaces(),
                new JsonCell(a.history()));
    }

    @Produces
    @Singleton
    ExportDataset<AccountabilityState> accountability(AccountabilityQueries tracker) {
        return new ExportDataset<>(
                "accountability",
                "Provinces' assessment and accountability institutions (F2015-S8)",
                "Every province's record of every institution it has one of, with its history, in id order.",
                COLUMNS,
                page -> page.slice(tracker.searchAll(AccountabilityFilter.of(null, null)), AccountabilityState::id),
                AccountabilityExports::row,
                tracker::datasetFacts);
    }
}
