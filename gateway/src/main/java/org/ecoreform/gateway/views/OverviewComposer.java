package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.NationalDocument;
import org.ecoreform.gateway.domain.Overview;
import org.ecoreform.gateway.domain.ProvinceSummary;
import org.ecoreform.gateway.store.ViewDocuments;

/** The national overview, from the national document alone: its size is that of the catalogue and the provinces, not of the records. */
@ApplicationScoped
public class OverviewComposer implements ViewComposer {

    static final String ID = "all";
    private static final int RANKED = 10;

    private final ViewDocuments documents;

    public OverviewComposer(ViewDocuments documents) {
        this.documents = documents;
    }

    @Override
    public ViewKind kind() {
        return ViewKind.OVERVIEW;
    }

    @Override
    public Overview compose(String id) {
        NationalDocument national = documents.national();
        SortedMap<String, List<CatalogueEntry>> active = national.activeByCategory();
        List<Overview.Category> categories = new ArrayList<>();
        active.forEach((category, measures) -> categories.add(new Overview.Category(
                category,
                measures.get(0).category().nameZh(),
                measures.get(0).category().nameEn(),
                measures.size())));

        List<Overview.ProvinceRow> provinces = new ArrayList<>();
        List<Overview.ProvinceAttainment> attainment = new ArrayList<>();
        national.provinces().forEach((code, summary) -> {
            if (summary.records() > 0) {
                provinces.add(row(code, summary, national, active));
            }
            if (summary.targets() > 0) {
                attainment.add(new Overview.ProvinceAttainment(ProvinceLabels.of(code), summary.attainment()));
            }
        });

        List<CatalogueEntry> all =
                active.values().stream().flatMap(List::stream).toList();
        Comparator<CatalogueEntry> byAdopters = Comparator.comparingInt(m -> national.adoptedBy(m.id()));
        return new Overview(
                categories,
                provinces,
                ranked(all.stream().sorted(byAdopters.reversed().thenComparing(CatalogueEntry::id)), national),
                ranked(all.stream().sorted(byAdopters.thenComparing(CatalogueEntry::id)), national),
                attainment,
                ProvinceLabels.all());
    }

    private static Overview.ProvinceRow row(
            String code,
            ProvinceSummary summary,
            NationalDocument national,
            SortedMap<String, List<CatalogueEntry>> active) {
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        active.forEach((category, measures) -> perCategory.put(category, (int) measures.stream()
                .filter(m -> summary.adopted().contains(m.id()))
                .count()));
        int adopted = (int) summary.adopted().stream()
                .filter(national.catalogue()::containsKey)
                .count();
        return new Overview.ProvinceRow(ProvinceLabels.of(code), perCategory, adopted);
    }

    private static List<Overview.RankedMeasure> ranked(
            java.util.stream.Stream<CatalogueEntry> sorted, NationalDocument national) {
        return sorted.limit(RANKED)
                .map(m -> new Overview.RankedMeasure(m.id(), m.name(), m.categoryId(), national.adoptedBy(m.id())))
                .toList();
    }
}
