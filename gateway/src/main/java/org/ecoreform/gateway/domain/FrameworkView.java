package org.ecoreform.gateway.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /api/v1/views/framework}: per institutional system and article of the framework, the
 * pilot measures implementing it and how many provinces adopted each; the articles of the general
 * sections come last, under {@code general}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FrameworkView(
        String id,
        String title,
        List<SystemRow> systems,
        List<ArticleRow> general,
        int linkedMeasures,
        int placedMeasures) {

    /**
     * A system: the measures placed in it and the provinces adopting at least one of them; its
     * articles with their linked measures, and the measures placed in it that no article of it names
     * ({@code placedWithoutArticle}); for the eighth (F2015-S8), where each province stands with each
     * assessment and accountability institution.
     */
    public record SystemRow(
            String id,
            String section,
            String nameZh,
            String nameEn,
            int measures,
            int adoptingProvinces,
            List<ArticleRow> articles,
            List<MeasureRow> placedWithoutArticle,
            List<ProvinceInstitutions> accountability) {}

    /** A province's assessment and accountability institutions, in institution order. */
    public record ProvinceInstitutions(
            org.ecoreform.platform.reference.Label province, List<InstitutionRow> institutions) {}

    public record InstitutionRow(String id, String nameZh, String nameEn, String status, List<String> pilotPlaces) {}

    public record ArticleRow(String id, int number, String heading, List<MeasureRow> measures) {}

    /** A measure linked to the article (or placed in the system), with the number of provinces with a live record adopting it. */
    public record MeasureRow(String id, String name, String category, int provinces) {}
}
