package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.NationalDocument;
import org.ecoreform.gateway.domain.ProvinceGaps;
import org.ecoreform.gateway.domain.ProvinceSummary;
import org.ecoreform.gateway.store.ViewDocuments;
import org.ecoreform.platform.reference.Label;

/** A province's gaps, from the national document alone (its summary of the province and the catalogue). */
@ApplicationScoped
public class GapsComposer implements ViewComposer {

    private final ViewDocuments documents;

    public GapsComposer(ViewDocuments documents) {
        this.documents = documents;
    }

    @Override
    public ViewKind kind() {
        return ViewKind.GAPS;
    }

    @Override
    public ProvinceGaps compose(String code) {
        Label province = ProvinceLabels.of(code);
        NationalDocument national = documents.national();
        ProvinceSummary summary = national.provinces().get(code);
        Set<String> adopted = summary == null ? Set.of() : summary.adopted();
        Comparator<CatalogueEntry> mostAdoptedFirst = Comparator.comparingInt(
                        (CatalogueEntry m) -> -national.adoptedBy(m.id()))
                .thenComparing(CatalogueEntry::id);
        List<ProvinceGaps.Category> categories = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<CatalogueEntry>> category :
                national.activeByCategory().entrySet()) {
            List<ProvinceGaps.Measure> missing = category.getValue().stream()
                    .filter(m -> !adopted.contains(m.id()))
                    .sorted(mostAdoptedFirst)
                    .map(m -> new ProvinceGaps.Measure(m.id(), m.name(), national.adoptedBy(m.id())))
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            total += missing.size();
            Label label = category.getValue().get(0).category();
            categories.add(new ProvinceGaps.Category(category.getKey(), label.nameZh(), label.nameEn(), missing));
        }
        return new ProvinceGaps(province, categories, total);
    }
}
