package org.ecoreform.measures.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parsed catalogue with every name resolved to its code: ready to be stored. */
public record ResolvedCatalogue(
        ParsedCatalogue.ListHeader list,
        List<Category> categories,
        List<Measure> measures,
        Set<String> pilotProvinceCodes) {

    public record Category(String id, int ordinal, String nameZh, String nameEn, int line) {}

    public record Measure(
            String id,
            int number,
            String categoryId,
            String name,
            String content,
            List<String> sourceProvinceCodes,
            List<String> departmentIds,
            int line) {}

    /**
     * Resolves province and department names through the codelists. Every name that does not
     * resolve is reported at once, with its line, rather than skipped.
     */
    public static ResolvedCatalogue resolve(ParsedCatalogue parsed, Codelists codelists) {
        List<String> problems = new ArrayList<>();
        List<Category> categories = parsed.categories().stream()
                .map(c -> new Category(
                        c.id(),
                        c.ordinal(),
                        c.nameZh(),
                        codelists.categoryEnglishName(c.nameZh()).orElseGet(() -> {
                            problems.add("line " + c.line() + ": no English name for category " + c.nameZh());
                            return null;
                        }),
                        c.line()))
                .toList();
        Set<String> pilots = new LinkedHashSet<>();
        List<Measure> measures = new ArrayList<>();
        for (ParsedCatalogue.MeasureRow row : parsed.measures()) {
            List<String> provinces = new ArrayList<>();
            for (String name : row.sourceProvinceNames()) {
                codelists
                        .provinceNamed(name)
                        .ifPresentOrElse(
                                p -> provinces.add(p.code()),
                                () -> problems.add("line " + row.line() + ": unknown province " + name));
            }
            List<String> departments = new ArrayList<>();
            for (String name : row.departmentNames()) {
                codelists
                        .departmentNamed(name)
                        .ifPresentOrElse(
                                d -> {
                                    if (!departments.contains(d.id())) {
                                        departments.add(d.id());
                                    }
                                },
                                () -> problems.add("line " + row.line() + ": unknown department " + name));
            }
            // Source order varies between rows ("贵州省 江西省" vs "江西省 贵州省"): keep a canonical order.
            List<String> sortedProvinces =
                    provinces.stream().distinct().sorted().toList();
            pilots.addAll(sortedProvinces);
            measures.add(new Measure(
                    row.id(parsed.list().code()),
                    row.number(),
                    row.categoryId(),
                    row.name(),
                    row.content(),
                    sortedProvinces,
                    List.copyOf(departments),
                    row.line()));
        }
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(String.join("; ", problems));
        }
        return new ResolvedCatalogue(parsed.list(), categories, List.copyOf(measures), Set.copyOf(pilots));
    }
}
