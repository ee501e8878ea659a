package org.ecoreform.platform.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A cell of a {@link ExportColumn#json json} column: nested data (a record's history, its
 * milestones) written as it is in NDJSON, and as one JSON text in a CSV cell.
 */
public record JsonCell(Object value) {

    private static final ObjectMapper CSV_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The value as compact JSON, for a CSV cell. */
    public String text() {
        try {
            return CSV_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export cell cannot be written as JSON", e);
        }
    }
}
