package org.ecoreform.gateway.domain;

import java.util.List;
import org.ecoreform.platform.reference.Label;

/**
 * A measure as the national views list it, with the framework articles it implements and the
 * system it serves ({@code system}; null in entries written before placements existed).
 */
public record CatalogueEntry(
        String id, String name, String status, Label category, List<String> articles, String system) {

    public CatalogueEntry {
        articles = articles == null ? List.of() : List.copyOf(articles); // entries written before links existed
    }

    public static final String CATALOGUE = "catalogue";
    public static final String RETIRED = "retired";

    public boolean active() {
        return !RETIRED.equals(status);
    }

    public String categoryId() {
        return category == null ? "" : category.id();
    }
}
