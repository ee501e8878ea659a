package org.ecoreform.gateway.domain;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/**
 * {@code GET /api/v1/views/measures/{id}}: the measure as its service publishes it, every record
 * adopting it, and how many provinces adopt it with a record not withdrawn.
 */
public record MeasureView(@JsonRawValue String measure, List<AdopterEntry> adopters, int adoptingProvinces) {
}
