package org.ecoreform.gateway.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The national document read: the catalogue by measure id, provinces with a live record adopting
 * each measure, and a summary per province (each ordered by id).
 */
public record NationalDocument(
        SortedMap<String, CatalogueEntry> catalogue,
        Map<String, Integer> adoptedBy,
        SortedMap<String, ProvinceSummary> provinces,
        Optional<FrameworkEntry> framework,
        List<AccountabilityEntry> accountability) {

    /** Measures not retired, by category id, in id order. */
    public SortedMap<String, List<CatalogueEntry>> activeByCategory() {
        SortedMap<String, List<CatalogueEntry>> byCategory = new java.util.TreeMap<>();
        catalogue.values().stream()
                .filter(CatalogueEntry::active)
                .forEach(m -> byCategory
                        .computeIfAbsent(m.categoryId(), k -> new java.util.ArrayList<>())
                        .add(m));
        return byCategory;
    }

    public int adoptedBy(String measureId) {
        return adoptedBy.getOrDefault(measureId, 0);
    }
}
