package org.ecoreform.measures.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * The full current state of a measure as the service answers it, labels resolved. The REST body
 * ({@link org.ecoreform.measures.rest.MeasureResponse}) and the event payload
 * ({@link org.ecoreform.measures.event.MeasureChangedV1}) are mapped from it.
 */
public record MeasureState(
        String id,
        String listCode,
        int number,
        Label category,
        String name,
        String content,
        String status,
        List<Label> sourceProvinces,
        List<Label> departments,
        List<FrameworkLink> framework,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retiredAt,
        String retirementReason,
        Provenance provenance,
        List<TextCorrection> corrections,
        Placement placement) {

    /** The institutional system the measure serves, on what basis and how sure; null before the framework is loaded. */
    public record Placement(String system, String basis, String confidence) {}

    /** A known typo of the text as published, its corrected form, and why. */
    public record TextCorrection(String published, String corrected, String note) {}

    /** Where the record comes from: the source document and row, or {@code api} for API writes. */
    public record Provenance(String document, String file, Integer line, String documentDate) {}
}
