package org.ecoreform.indicators.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecoreform.indicators.domain.SourceDocument;
import org.ecoreform.platform.reference.Label;

/**
 * The payload of {@code org.ecoreform.sourcedocument.changed.v1} (platform/contracts): a plan the
 * targets, tasks and accountability entries were read from. Targets and tasks name it by its title
 * and document number in their provenance.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceDocumentChangedV1(
        long id,
        Label province,
        String title,
        String file,
        String documentNumber,
        LocalDate issuedOn,
        int targetCount,
        Long duplicateOf,
        long version,
        OffsetDateTime importedAt) {

    public static SourceDocumentChangedV1 of(SourceDocument document, Label province) {
        return new SourceDocumentChangedV1(
                document.id,
                province,
                document.title,
                document.file,
                document.documentNumber,
                document.issuedOn,
                document.targetCount,
                document.duplicateOf,
                document.version,
                document.importedAt);
    }
}
