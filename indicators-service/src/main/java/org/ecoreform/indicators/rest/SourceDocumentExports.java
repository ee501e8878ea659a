package org.ecoreform.indicators.rest;

import static org.ecoreform.platform.export.ExportColumn.date;
import static org.ecoreform.platform.export.ExportColumn.integer;
import static org.ecoreform.platform.export.ExportColumn.text;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.ecoreform.indicators.service.DocumentView;
import org.ecoreform.indicators.service.IndicatorQueries;
import org.ecoreform.platform.export.ExportColumn;
import org.ecoreform.platform.export.ExportDataset;

/** The plan documents targets, tasks and accountability entries were read from, as a dataset. */
public class SourceDocumentExports {

    static final List<ExportColumn> COLUMNS = List.of(
            integer("id", "Document id (targets and tasks name the document by its title and number)"),
            text("province", "GB/T 2260 code of the province whose plan it is"),
            text("title", "The plan's title"),
            text("file", "The shipped file it was read from"),
            text("documentNumber", "Its document number, when it was imported with one"),
            date("issuedOn", "The day it was issued, when known"),
            text("importedBy", "Who imported it through the API; empty for a shipped document"),
            integer("targetCount", "How many targets were read from it"),
            integer("duplicateOf", "The id of the document it repeats, for a re-published copy"));

    static List<Object> row(DocumentView d) {
        return Arrays.asList(
                d.id(),
                d.province(),
                d.title(),
                d.file(),
                d.documentNumber(),
                d.issuedOn(),
                d.importedBy(),
                d.targetCount(),
                d.duplicateOf());
    }

    @Produces
    @Singleton
    ExportDataset<DocumentView> documents(IndicatorQueries indicators) {
        return new ExportDataset<>(
                "source-documents",
                "Plan documents read",
                "Every plan document targets were read from (the pilot plans shipped, and plans imported through the API), "
                        + "in id order, copies included.",
                COLUMNS,
                page -> page.slice(indicators.documents(), d -> String.valueOf(d.id())),
                SourceDocumentExports::row,
                indicators::documentDatasetFacts);
    }
}
