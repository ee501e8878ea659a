package org.ecoreform.platform.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One column of a dataset, as its data dictionary describes it. */
@Schema(name = "ExportColumn")
public record ExportColumn(
        @Schema(example = "id") String name,

        @Schema(
                enumeration = {"string", "integer", "number", "boolean", "date", "date-time", "list", "json"},
                example = "string")
        String type,

        @Schema(example = "Measure id, N2020-01 … N2020-90 for the 2020 list")
        String description) {

    public static ExportColumn text(String name, String description) {
        return new ExportColumn(name, "string", description);
    }

    public static ExportColumn integer(String name, String description) {
        return new ExportColumn(name, "integer", description);
    }

    public static ExportColumn number(String name, String description) {
        return new ExportColumn(name, "number", description);
    }

    public static ExportColumn bool(String name, String description) {
        return new ExportColumn(name, "boolean", description);
    }

    public static ExportColumn dateTime(String name, String description) {
        return new ExportColumn(name, "date-time", description);
    }

    public static ExportColumn date(String name, String description) {
        return new ExportColumn(name, "date", description);
    }

    /** Nested data ({@link JsonCell}): as it is in NDJSON, one JSON text in a CSV cell. */
    public static ExportColumn json(String name, String description) {
        return new ExportColumn(name, "json", description);
    }

    /** Several values: joined with ";" in CSV, an array in NDJSON. */
    public static ExportColumn list(String name, String description) {
        return new ExportColumn(name, "list", description);
    }
}
