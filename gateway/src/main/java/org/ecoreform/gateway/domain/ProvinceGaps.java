package org.ecoreform.gateway.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/** {@code GET /api/v1/views/provinces/{code}/gaps}: active measures the province has not adopted, most widely adopted first. */
public record ProvinceGaps(Label province, List<Category> categories, int gapCount) {

    @Schema(name = "GapCategory")
    public record Category(String id, String nameZh, String nameEn, List<Measure> measures) {}

    @Schema(name = "GapMeasure")
    public record Measure(String id, String name, int adoptedBy) {}
}
