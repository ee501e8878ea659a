package org.ecoreform.gateway.views;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecoreform.gateway.domain.AdoptionStatus;
import org.ecoreform.gateway.domain.CatalogueEntry;
import org.ecoreform.gateway.domain.NationalDocument;
import org.ecoreform.gateway.domain.ProvinceDocument;
import org.ecoreform.gateway.domain.ProvinceProfile;
import org.ecoreform.gateway.domain.RecordEntry;
import org.ecoreform.gateway.domain.TargetEntry;
import org.ecoreform.gateway.store.ViewDocuments;
import org.ecoreform.platform.reference.Label;

/** The province profile, from the province's document and the national catalogue. */
@ApplicationScoped
public class ProvinceProfileComposer implements ViewComposer {

    private static final String API_DOCUMENT = "api";
    private static final Comparator<RecordEntry> ROW_ORDER = Comparator.comparing(
                    RecordEntry::planId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(RecordEntry::rowNumber)
            .thenComparing(RecordEntry::id);

    private final ViewDocuments documents;

    public ProvinceProfileComposer(ViewDocuments documents) {
        this.documents = documents;
    }

    @Override
    public ViewKind kind() {
        return ViewKind.PROVINCE;
    }

    @Override
    public ProvinceProfile compose(String code) {
        Label province = ProvinceLabels.of(code);
        ProvinceDocument document = documents.province(code);
        NationalDocument national = documents.national();
        List<RecordEntry> records =
                document.records().stream().sorted(ROW_ORDER).toList();

        Set<String> adopted = new LinkedHashSet<>();
        records.stream().filter(r -> AdoptionStatus.live(r.status())).forEach(r -> adopted.addAll(r.measureIds()));
        List<ProvinceProfile.CategoryRecords> categories = new ArrayList<>();
        int adoptedTotal = 0;
        int catalogueTotal = 0;
        for (Map.Entry<String, List<CatalogueEntry>> category :
                national.activeByCategory().entrySet()) {
            Label label = category.getValue().get(0).category();
            int adoptedHere = (int) category.getValue().stream()
                    .filter(m -> adopted.contains(m.id()))
                    .count();
            adoptedTotal += adoptedHere;
            catalogueTotal += category.getValue().size();
            List<ProvinceProfile.RecordRow> rows = records.stream()
                    .filter(r -> category.getKey().equals(categoryOf(r, national)))
                    .map(r -> new ProvinceProfile.RecordRow(
                            r.id(),
                            r.name(),
                            r.status(),
                            r.statusSince(),
                            r.measureRetired(),
                            r.measureIds(),
                            r.progress()))
                    .toList();
            categories.add(new ProvinceProfile.CategoryRecords(
                    category.getKey(),
                    label.nameZh(),
                    label.nameEn(),
                    category.getValue().size(),
                    adoptedHere,
                    rows));
        }
        List<TargetEntry> targets = document.targets().stream()
                .sorted(Comparator.comparing(TargetEntry::id))
                .toList();
        SortedMap<String, Integer> attainment = new TreeMap<>();
        targets.forEach(t -> attainment.merge(
                t.attainment() == null ? "no-data" : t.attainment().status(), 1, Integer::sum));
        return new ProvinceProfile(
                province,
                plans(records),
                categories,
                new ProvinceProfile.Coverage(adoptedTotal, catalogueTotal),
                systems(national, adopted),
                targets,
                attainment);
    }

    /** Per system of the framework (when loaded): the active measures placed in it, and those adopted. */
    private static List<ProvinceProfile.SystemCoverage> systems(NationalDocument national, Set<String> adopted) {
        return national.framework()
                .map(framework -> {
                    Map<String, String> systemOf = new HashMap<>();
                    framework.articles().stream()
                            .filter(a -> a.system() != null)
                            .forEach(a -> systemOf.put(a.id(), a.system()));
                    Map<String, Set<String>> measures = new HashMap<>();
                    national.catalogue().values().stream()
                            .filter(CatalogueEntry::active)
                            .forEach(m -> {
                                String system = FrameworkComposer.placedIn(m, systemOf);
                                if (system != null) {
                                    measures.computeIfAbsent(system, k -> new TreeSet<>())
                                            .add(m.id());
                                }
                            });
                    return framework.systems().stream()
                            .map(s -> {
                                Set<String> linked = measures.getOrDefault(s.id(), Set.of());
                                return new ProvinceProfile.SystemCoverage(
                                        s.id(), s.nameZh(), s.nameEn(), linked.size(), (int) linked.stream()
                                                .filter(adopted::contains)
                                                .count());
                            })
                            .toList();
                })
                .orElse(List.of());
    }

    /** Plans in id order, each with the first document number its rows name (rows written through the API name none). */
    private static List<ProvinceProfile.Plan> plans(List<RecordEntry> records) {
        SortedMap<String, List<RecordEntry>> byPlan = new TreeMap<>();
        records.forEach(r -> byPlan.computeIfAbsent(String.valueOf(r.planId()), k -> new ArrayList<>())
                .add(r));
        List<ProvinceProfile.Plan> plans = new ArrayList<>();
        byPlan.forEach((id, rows) -> {
            String document = rows.stream()
                    .map(RecordEntry::planDocument)
                    .filter(d -> d != null && !API_DOCUMENT.equals(d))
                    .findFirst()
                    .orElse(null);
            SortedMap<String, Integer> statusCounts = new TreeMap<>();
            rows.forEach(r -> statusCounts.merge(r.status(), 1, Integer::sum));
            plans.add(new ProvinceProfile.Plan(id, document, rows.size(), statusCounts));
        });
        return plans;
    }

    /** The record's own category, else that of its first measure. */
    private static String categoryOf(RecordEntry record, NationalDocument national) {
        if (record.categoryId() != null) {
            return record.categoryId();
        }
        if (record.measureIds().isEmpty()) {
            return null;
        }
        CatalogueEntry first = national.catalogue().get(record.measureIds().get(0));
        return first == null ? null : first.categoryId();
    }
}
