package org.ecoreform.platform.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats a whole dataset is downloaded in. */
public enum ExportFormat {
    /** RFC 4180 with a UTF-8 byte order mark (so that Excel reads Chinese text), lists joined with ";". */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** One JSON object per line, lists as arrays. */
    NDJSON("ndjson", "application/x-ndjson; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension))
                .findFirst();
    }
}
