package org.ecoreform.platform.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dataset's entry in the list of downloads: what it holds and the meaning of each column. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExportDataset")
public record ExportDatasetDescription(
        @Schema(example = "measures") String name,

        @Schema(example = "National catalogue of reform measures")
        String title,

        String description,
        List<ExportColumn> columns,

        @Schema(description = "The download address per format", example = "{\"csv\":\"/api/v1/exports/measures.csv\"}")
        Map<String, String> downloads,

        @Schema(description = "The terms the data may be reused under (SPDX id), as the API document's info.license")
        String licence,

        @Schema(description = "The licence's text", example = LICENCE_URL)
        String licenceUrl,

        @Schema(description = "How many rows the download has now", example = "90")
        Long rows,

        @Schema(
                description = "When a row last changed (absent while there is none)",
                example = "2026-12-01T08:30:00.123456Z")
        OffsetDateTime lastChange) {

    /** The licence of every dataset, as the OpenAPI document's info names it (platform/http's microprofile-config). */
    public static final String LICENCE = "CC-BY-4.0";

    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** The same description with the download addresses filled in. */
    public ExportDatasetDescription withDownloads() {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            links.put(format.extension(), "/api/v1/exports/" + name + "." + format.extension());
        }
        return new ExportDatasetDescription(
                name, title, description, columns, links, LICENCE, LICENCE_URL, rows, lastChange);
    }
}
