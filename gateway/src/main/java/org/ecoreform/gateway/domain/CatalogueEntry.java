package org.ecoreform.gateway.domain;

import org.ecoreform.platform.reference.Label;

/** A measure as the national views list it. */
public record CatalogueEntry(String id, String name, String status, Label category) {

    public static final String CATALOGUE = "catalogue";
    public static final String RETIRED = "retired";

    public boolean active() {
        return !RETIRED.equals(status);
    }

    public String categoryId() {
        return category == null ? "" : category.id();
    }
}
