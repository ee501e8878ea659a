package org.ecoreform.adoption.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores an entry's evidence as one JSON array: written once, read whole, never queried by its parts. */
@Converter
public class EvidenceJson implements AttributeConverter<List<Evidence>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<Evidence>> LIST = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<Evidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence cannot be written as JSON", e);
        }
    }

    @Override
    public List<Evidence> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not readable JSON", e);
        }
    }
}
