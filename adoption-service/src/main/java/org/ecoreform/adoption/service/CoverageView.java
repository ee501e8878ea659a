package org.ecoreform.adoption.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.adoption.domain.AdoptionStatus;
import org.ecoreform.platform.catalogue.CatalogueMeasure;
import org.ecoreform.platform.reference.Label;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Coverage",
        description = "How much of the national catalogue a province has adopted, per category and by status")
public record CoverageView(
        Label province,

        @Schema(description = "The day asked for (asOf); absent for today's coverage", example = "2021-02-25")
        LocalDate asOf,

        List<CategoryCoverage> categories,
        @Schema(example = "53") int adopted,
        @Schema(example = "90") int catalogue,

        @Schema(
                description = "Adopted measures by status (each under its most advanced record)",
                example = "{\"planned\": 48, \"in-progress\": 5}")
        Map<String, Integer> byStatus) {

    /** The statuses of live records, most advanced first. */
    static final List<AdoptionStatus> ADVANCEMENT = List.of(
            AdoptionStatus.IMPLEMENTED, AdoptionStatus.IN_PROGRESS, AdoptionStatus.PLANNED, AdoptionStatus.SUSPENDED);

    @Schema(name = "CategoryCoverage")
    public record CategoryCoverage(
            @Schema(example = "C09") String id,
            @Schema(example = "绿色金融") String nameZh,
            @Schema(example = "Green finance") String nameEn,

            @Schema(description = "Distinct measures adopted by live (not withdrawn) records", example = "5")
            int adopted,

            @Schema(description = "Active measures of the catalogue in the category", example = "9")
            int catalogue,

            @Schema(example = "{\"planned\": 4, \"implemented\": 1}")
            Map<String, Integer> byStatus) {}

    /** Coverage of the active catalogue by the measures adopted, each with the status it counts under. */
    static CoverageView of(
            Label province, LocalDate asOf, Collection<CatalogueMeasure> active, Map<String, AdoptionStatus> adopted) {
        Map<String, List<CatalogueMeasure>> byCategory =
                active.stream().collect(Collectors.groupingBy(m -> m.categoryId, TreeMap::new, Collectors.toList()));
        List<CategoryCoverage> categories = new ArrayList<>();
        Map<String, Integer> total = new LinkedHashMap<>();
        int adoptedTotal = 0;
        for (Map.Entry<String, List<CatalogueMeasure>> entry : byCategory.entrySet()) {
            CatalogueMeasure sample = entry.getValue().get(0);
            List<AdoptionStatus> statuses = entry.getValue().stream()
                    .map(m -> adopted.get(m.id))
                    .filter(s -> s != null)
                    .toList();
            Map<String, Integer> counts = counts(statuses);
            counts.forEach((status, n) -> total.merge(status, n, Integer::sum));
            adoptedTotal += statuses.size();
            categories.add(new CategoryCoverage(
                    entry.getKey(),
                    sample.categoryNameZh,
                    sample.categoryNameEn,
                    statuses.size(),
                    entry.getValue().size(),
                    counts));
        }
        return new CoverageView(province, asOf, categories, adoptedTotal, active.size(), ordered(total));
    }

    private static Map<String, Integer> counts(List<AdoptionStatus> statuses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ADVANCEMENT.forEach(s -> {
            int n = (int) statuses.stream().filter(s::equals).count();
            if (n > 0) {
                counts.put(s.wireName(), n);
            }
        });
        return counts;
    }

    private static Map<String, Integer> ordered(Map<String, Integer> total) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ADVANCEMENT.forEach(s -> {
            if (total.containsKey(s.wireName())) {
                ordered.put(s.wireName(), total.get(s.wireName()));
            }
        });
        return ordered;
    }
}
