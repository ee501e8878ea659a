package org.ecoreform.platform.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * What the catalogue replica reads of an {@code org.ecoreform.measure.changed.v1} event: the
 * consumer's own record of the contract (fields it does not know are ignored, as the contract
 * asks), not the producer's class.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueMeasureChanged(
        String id,
        String listCode,
        int number,
        String name,
        String content,
        Label category,
        String status,
        List<Label> sourceProvinces,
        long version,
        Provenance provenance) {

    /** The document the measure was read from (its number, or "api") and that document's date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String document, java.time.LocalDate documentDate) {}

    public CatalogueMeasureChanged {
        sourceProvinces = sourceProvinces == null ? List.of() : List.copyOf(sourceProvinces);
    }

    /** The source provinces' codes, in the order given. */
    public List<String> sourceProvinceCodes() {
        return sourceProvinces.stream().map(Label::id).toList();
    }
}
