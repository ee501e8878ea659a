package org.ecoreform.gateway.domain;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/**
 * {@code GET /api/v1/views/overview}: categories × provinces adoption, most and least adopted measures,
 * attainment per province, and the labels of all 31 provinces (those without a record too, for maps).
 */
public record Overview(
        List<Category> categories,
        List<ProvinceRow> provinces,
        List<RankedMeasure> mostAdopted,
        List<RankedMeasure> leastAdopted,
        List<ProvinceAttainment> attainment,
        List<Label> allProvinces) {

    @Schema(name = "OverviewCategory")
    public record Category(String id, String nameZh, String nameEn, int catalogue) {}

    /** A province with adoption records: active measures adopted per category, and catalogue measures adopted in all. */
    public record ProvinceRow(Label province, Map<String, Integer> adoptedByCategory, int adopted) {}

    public record RankedMeasure(String id, String name, String categoryId, int adoptedBy) {}

    public record ProvinceAttainment(Label province, Map<String, Integer> counts) {}
}
