package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ecoreform.gateway.domain.AccountabilityEntry;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.FrameworkEntry;
import org.ecoreform.gateway.domain.FrameworkView;
import org.ecoreform.gateway.domain.NationalDocument;
import org.ecoreform.gateway.domain.ViewNotFoundException;
import org.ecoreform.gateway.store.ViewDocuments;

/**
 * The framework view, from the national document alone (the framework, the catalogue with each
 * measure's links, who adopts what): its size is that of the framework and the catalogue.
 */
@ApplicationScoped
public class FrameworkComposer implements ViewComposer {

    static final String ID = "F2015";
    /** The system of assessment and accountability (完善生态文明绩效评价考核和责任追究制度). */
    static final String ACCOUNTABILITY_SYSTEM = "F2015-S8";

    private final ViewDocuments documents;

    public FrameworkComposer(ViewDocuments documents) {
        this.documents = documents;
    }

    @Override
    public ViewKind kind() {
        return ViewKind.FRAMEWORK;
    }

    @Override
    public FrameworkView compose(String id) {
        NationalDocument national = documents.national();
        FrameworkEntry framework = national.framework().orElseThrow(() -> new ViewNotFoundException("framework", id));
        Map<String, List<CatalogueEntry>> byArticle = new TreeMap<>();
        national.catalogue().values().stream()
                .filter(CatalogueEntry::active)
                .forEach(m -> m.articles()
                        .forEach(article -> byArticle
                                .computeIfAbsent(article, k -> new ArrayList<>())
                                .add(m)));
        Map<String, String> systemOfArticle = new TreeMap<>();
        framework.articles().stream()
                .filter(a -> a.system() != null)
                .forEach(a -> systemOfArticle.put(a.id(), a.system()));
        List<CatalogueEntry> active = national.catalogue().values().stream()
                .filter(CatalogueEntry::active)
                .toList();
        List<FrameworkView.SystemRow> systems = new ArrayList<>();
        for (FrameworkEntry.System system : framework.systems()) {
            List<FrameworkView.ArticleRow> articles = framework.articles().stream()
                    .filter(a -> system.id().equals(a.system()))
                    .map(a -> row(a, byArticle, national))
                    .toList();
            Set<String> linked = new LinkedHashSet<>();
            articles.forEach(a -> a.measures().forEach(m -> linked.add(m.id())));
            List<CatalogueEntry> placed = active.stream()
                    .filter(m -> system.id().equals(placedIn(m, systemOfArticle)))
                    .toList();
            Set<String> measures = new LinkedHashSet<>();
            placed.forEach(m -> measures.add(m.id()));
            List<FrameworkView.MeasureRow> withoutArticle = placed.stream()
                    .filter(m -> !linked.contains(m.id()))
                    .map(m ->
                            new FrameworkView.MeasureRow(m.id(), m.name(), m.categoryId(), national.adoptedBy(m.id())))
                    .toList();
            long provinces = national.provinces().values().stream()
                    .filter(p -> p.adopted().stream().anyMatch(measures::contains))
                    .count();
            systems.add(new FrameworkView.SystemRow(
                    system.id(),
                    system.section(),
                    system.nameZh(),
                    system.nameEn(),
                    measures.size(),
                    (int) provinces,
                    articles,
                    withoutArticle,
                    ACCOUNTABILITY_SYSTEM.equals(system.id()) ? accountability(national) : null));
        }
        List<FrameworkView.ArticleRow> general = framework.articles().stream()
                .filter(a -> a.system() == null)
                .map(a -> row(a, byArticle, national))
                .toList();
        int linked = (int) active.stream().filter(m -> !m.articles().isEmpty()).count();
        int placed = (int) active.stream()
                .filter(m -> placedIn(m, systemOfArticle) != null)
                .count();
        return new FrameworkView(framework.id(), framework.title(), systems, general, linked, placed);
    }

    /** The measure's placed system; for an entry published before placements, the system of its first linked article. */
    static String placedIn(CatalogueEntry measure, Map<String, String> systemOfArticle) {
        if (measure.system() != null) {
            return measure.system();
        }
        return measure.articles().stream()
                .map(systemOfArticle::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Per province (in code order), its institutions of F2015-S8 in id order. */
    private static List<FrameworkView.ProvinceInstitutions> accountability(NationalDocument national) {
        Map<String, List<AccountabilityEntry>> byProvince = new TreeMap<>();
        national.accountability()
                .forEach(a -> byProvince
                        .computeIfAbsent(a.province().id(), k -> new ArrayList<>())
                        .add(a));
        return byProvince.values().stream()
                .map(entries -> new FrameworkView.ProvinceInstitutions(
                        entries.get(0).province(),
                        entries.stream()
                                .sorted(java.util.Comparator.comparing(AccountabilityEntry::institution))
                                .map(a -> new FrameworkView.InstitutionRow(
                                        a.institution(), a.nameZh(), a.nameEn(), a.status(), a.pilotPlaces()))
                                .toList()))
                .toList();
    }

    private static FrameworkView.ArticleRow row(
            FrameworkEntry.Article article, Map<String, List<CatalogueEntry>> byArticle, NationalDocument national) {
        List<FrameworkView.MeasureRow> measures = byArticle.getOrDefault(article.id(), List.of()).stream()
                .map(m -> new FrameworkView.MeasureRow(m.id(), m.name(), m.categoryId(), national.adoptedBy(m.id())))
                .toList();
        return new FrameworkView.ArticleRow(article.id(), article.number(), article.heading(), measures);
    }
}
